//! Date expressions resolved against the publication date, byte spans.

use chrono::NaiveDate;
use copydesk_record::DateMention;

/// The date expressions in `text`, resolved against `published`; spans in bytes.
pub(crate) fn find(_text: &str, _published: Option<NaiveDate>) -> Vec<DateMention> {
    Vec::new()
}
