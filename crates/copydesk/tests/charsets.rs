//! Pages in legacy encodings: one declared by `<meta charset>`, three with no declaration at
//! all that the detector has to recognise. The legacy bytes are produced in the test, either
//! written out as escapes or encoded with the encoder that `copydesk-parse` itself uses.

mod support;

use copydesk::{Options, PageType};
use support::dump;

/// Encodes `text` in the encoding labelled `label` (WHATWG label), with the `encoding_rs`
/// encoder that `copydesk_parse` exposes through [`copydesk_parse::Decoded::encoding`].
fn encode(label: &str, text: &str) -> Vec<u8> {
    let probe = format!("<meta charset=\"{label}\">");
    let encoding = copydesk_parse::decode(probe.as_bytes(), None).encoding;
    let (bytes, used, unmappable) = encoding.encode(text);
    assert!(
        used.name().eq_ignore_ascii_case(label) || label == "gbk" && used.name() == "GBK",
        "label {label} gave {}",
        used.name()
    );
    assert!(!unmappable, "{text} is not representable in {label}");
    bytes.into_owned()
}

/// A bare page with no charset declaration around `paragraphs`.
fn undeclared_page(title: &str, paragraphs: &[&str]) -> String {
    let mut html = format!(
        "<html><head><title>{title}</title></head><body>\n\
         <div class=\"nav\"><a href=\"/\">Home</a> <a href=\"/news/\">News</a></div>\n\
         <div class=\"article-body\">\n"
    );
    for p in paragraphs {
        html.push_str(&format!("<p>{p}</p>\n"));
    }
    html.push_str("</div>\n<div class=\"footer\">(c) 2024</div></body></html>\n");
    html
}

#[test]
fn windows_1252_declared_by_meta_charset() {
    // “Café crème,” she said – naïve … € 4.50 … ’ … ü
    let mut html: Vec<u8> = b"<!DOCTYPE html>\n<html lang=\"fr\"><head>\n\
        <meta charset=\"windows-1252\">\n<title>Caf\xe9 prices</title></head><body>\n\
        <nav><a href=\"/\">Accueil</a></nav>\n<article class=\"story\"><div class=\"story-body\">\n"
        .to_vec();
    html.extend_from_slice(
        b"<p>\x93Caf\xe9 cr\xe8me, s\x92il vous pla\xeet,\x94 she said \x96 and the na\xefve \
          critics agreed that \x80 4.50 was a fair price for a cup in the old town.</p>\n\
          <p>At the M\xfcller bakery next door, the cr\xeape stand and the p\xe2tisserie \
          counter were busy all afternoon, and the owner\x92s daughter served the queue.</p>\n",
    );
    html.extend_from_slice(
        b"</div></article>\n<footer>\xa9 2024 La Gazette</footer></body></html>",
    );
    assert!(
        std::str::from_utf8(&html).is_err(),
        "the page must not be UTF-8"
    );

    let a = copydesk::extract(&html, &Options::default());
    assert_eq!(
        support::paragraphs(&a),
        [
            "“Café crème, s’il vous plaît,” she said – and the naïve critics agreed that € 4.50 was a fair price for a cup in the old town.",
            "At the Müller bakery next door, the crêpe stand and the pâtisserie counter were busy all afternoon, and the owner’s daughter served the queue.",
        ],
        "{}",
        dump(&a)
    );
    assert!(!a.text.contains('\u{fffd}'));
    assert!(
        !a.warnings.iter().any(|w| w == "charset guessed"),
        "a declared charset is not a guess: {:?}",
        a.warnings
    );
}

#[test]
fn windows_1252_from_the_transport_charset_beats_a_wrong_meta() {
    let html = b"<html><head><meta charset=\"utf-8\"></head><body><div class=\"entry-content\">\
        <p>The na\xefve caf\xe9 owner said \x93no\x94 to the council\x92s plan for a pedestrian \
        zone, and a petition with 2,000 signatures followed within a week.</p></div></body></html>";
    let options = Options {
        charset: Some("windows-1252".into()),
        ..Options::default()
    };
    let a = copydesk::extract(html, &options);
    assert_eq!(
        a.text,
        "The naïve café owner said “no” to the council’s plan for a pedestrian zone, and a petition with 2,000 signatures followed within a week.",
        "{}",
        dump(&a)
    );
}

#[test]
fn undeclared_shift_jis_is_detected() {
    let paragraphs = [
        "東京都は二十五日、深夜バスの路線を来月から五つの区に広げると発表した。新しい路線は午前零時から午前五時まで運行し、終電の後に帰宅する人たちの足となる。",
        "都によると、先月の深夜バスの利用者は一晩あたり約一万一千人で、前の年に比べて二割以上増えた。運転手には一回の勤務ごとに手当が支払われる。",
        "利用者からは「タクシーがなかなか見つからないので助かる」という声が上がっている。都は三月に利用状況を調べ、停留所を増やすかどうかを決める。",
    ];
    let html = encode(
        "shift_jis",
        &undeclared_page("深夜バス路線を拡大", &paragraphs),
    );
    assert!(std::str::from_utf8(&html).is_err());
    let a = copydesk::extract(&html, &Options::default());
    assert_eq!(support::paragraphs(&a), paragraphs, "{}", dump(&a));
    assert!(
        a.warnings.iter().any(|w| w == "charset guessed"),
        "{:?}",
        a.warnings
    );
}

#[test]
fn undeclared_gbk_is_detected() {
    let paragraphs = [
        "北京市政府周五宣布，从十二月起将夜间公交线路延伸到五个郊区，新增十四条线路，运营时间为午夜至凌晨五点。",
        "市政府表示，上个月每晚约有一万一千名乘客乘坐现有的夜间公交，比去年同期增长百分之二十二，最繁忙的线路经过中关村和国贸。",
        "夜班司机每个班次将获得额外补贴，公交集团计划在十一月底之前再招聘一百二十名司机，以保证新线路按时开通。",
    ];
    let html = encode(
        "gbk",
        &undeclared_page("夜间公交线路延伸到郊区", &paragraphs),
    );
    assert!(std::str::from_utf8(&html).is_err());
    let a = copydesk::extract(&html, &Options::default());
    assert_eq!(support::paragraphs(&a), paragraphs, "{}", dump(&a));
    assert_eq!(a.headline.as_deref(), Some("夜间公交线路延伸到郊区"));
    assert!(a.warnings.iter().any(|w| w == "charset guessed"));
}

#[test]
fn undeclared_koi8_r_is_detected() {
    let paragraphs = [
        "Правительство Москвы в пятницу объявило, что с декабря ночные автобусы будут ходить в пять отдалённых районов, где жители давно жалуются на нехватку такси.",
        "По данным города, в прошлом месяце ночными маршрутами пользовались около одиннадцати тысяч пассажиров за ночь, что на двадцать два процента больше, чем годом ранее.",
        "Водители ночных рейсов будут получать надбавку за каждую смену, а городской транспортный парк наберёт ещё сто двадцать водителей до конца ноября.",
    ];
    let html = encode(
        "koi8-r",
        &undeclared_page("Ночные автобусы дойдут до окраин", &paragraphs),
    );
    assert!(std::str::from_utf8(&html).is_err());
    let a = copydesk::extract(&html, &Options::default());
    assert_eq!(support::paragraphs(&a), paragraphs, "{}", dump(&a));
    assert!(a.warnings.iter().any(|w| w == "charset guessed"));
    assert_eq!(a.page_type, PageType::Article, "{}", dump(&a));
}
