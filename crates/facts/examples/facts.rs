//! Prints the facts of each text file named on the command line as one JSON line; a
//! `--published YYYY-MM-DD` before a file sets its publication date.

fn main() -> std::io::Result<()> {
    let mut published: Option<String> = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        if arg == "--published" {
            published = args.next();
            continue;
        }
        let text = std::fs::read_to_string(&arg)?;
        let facts = copydesk_facts::find(
            &text,
            &copydesk_facts::Options::published(published.as_deref()),
        );
        println!("{}", serde_json::json!({ "file": arg, "facts": facts }));
    }
    Ok(())
}
