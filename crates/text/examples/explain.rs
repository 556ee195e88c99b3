//! Shows how page text is read: every line with its value, its chrome kind, and whether it
//! falls inside the story's run.
//!
//! ```text
//! cargo run --release -p copydesk-text --example explain -- PAGE.txt
//! ```

use copydesk_text::body::{Lenience, story_window};

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: explain PAGE.txt");
        std::process::exit(2);
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(1);
        }
    };
    let lines = copydesk_text::judged_lines(&text, std::env::args().nth(2).as_deref());
    let window = story_window(&lines, Lenience::Strict);
    for (i, l) in lines.iter().enumerate() {
        let inside = window.is_some_and(|(s, e)| (s..e).contains(&i));
        let kind = l.chrome.map(|c| c.reason()).unwrap_or("");
        let shown: String = l.text.chars().take(110).collect();
        println!(
            "{} {i:>4} {:>6.2} {kind:<11} {shown}",
            if inside { '#' } else { ' ' },
            l.value(Lenience::Strict)
        );
    }
}
