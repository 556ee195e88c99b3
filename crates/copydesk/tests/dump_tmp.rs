mod support;
#[test]
fn dump_all() {
    let path = std::env::var("DUMP").unwrap();
    let a = copydesk::extract(&std::fs::read(&path).unwrap(), &copydesk::Options{ url: Some("https://news.example.com/a/b/".into()), ..Default::default()});
    println!("=== {path}\n{}", support::dump(&a));
}
