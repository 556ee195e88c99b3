//! The `copydesk` command.

fn main() {
    let html = std::fs::read(std::env::args().nth(1).unwrap_or_default()).unwrap_or_default();
    let a = copydesk::extract(&html, &copydesk::Options::default());
    println!("{}", copydesk::render(&a, copydesk::Format::Json));
}
