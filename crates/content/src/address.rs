//! What a page's address says about the page: one rule for HTML and text mode alike.

/// The kind of thread a page's address files it under.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Thread {
    /// A forum's thread, a topic, a discussion or a link aggregator's comment page: its
    /// replies are its content.
    Forum,
    /// A question of a Q&A site, with its answers.
    Question,
}

/// Path segments (lower case) that file a page under a forum's threads.
const FORUM_SEGMENTS: &[&str] = &[
    "forum",
    "forums",
    "thread",
    "threads",
    "topic",
    "topics",
    "t",
    "discussion",
    "discussions",
    "boards",
    "comments",
    "talk",
];

/// Scripts of the classic forum engines that show one thread, and the openings of a
/// segment that names one ("ShowTopic-g294232-i525-k15476375-Tips.html").
const THREAD_SCRIPTS: &[&str] = &["showthread", "viewtopic", "showtopic"];

/// Query keys that name the thread a forum engine's script shows ("index.php?topic=589061.0").
const THREAD_KEYS: &[&str] = &["topic", "thread", "threadid", "showtopic"];

/// Host labels (the first one) of a site that is a forum.
const FORUM_HOSTS: &[&str] = &["forum", "forums", "community", "discuss"];

/// The thread a page's address (`url`, absolute) files it under, if any: a forum's host
/// ("forum.example.org"), a path segment that names a forum, a thread, a topic or comments
/// ("/t/first-telescope/1555", "/r/science/comments/1rku5x9/…"), a forum engine's thread
/// script ("viewtopic.php") or query key ("?topic=589061.0"), or a Q&A site's "/questions/"
/// segment.
pub fn thread(url: &str) -> Option<Thread> {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let rest = rest.split('#').next().unwrap_or_default();
    let (rest, query) = rest.split_once('?').unwrap_or((rest, ""));
    let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
    let label = host.split('.').next().unwrap_or_default();
    if FORUM_HOSTS.iter().any(|h| label.eq_ignore_ascii_case(h)) {
        return Some(Thread::Forum);
    }
    let segments = || path.split('/').filter(|s| !s.is_empty());
    let forum = segments().any(|seg| {
        FORUM_SEGMENTS.iter().any(|t| seg.eq_ignore_ascii_case(t))
            || THREAD_SCRIPTS.iter().any(|s| {
                seg.get(..s.len())
                    .is_some_and(|opening| opening.eq_ignore_ascii_case(s))
            })
    });
    let keyed = || {
        query.split('&').any(|pair| {
            let key = pair.split('=').next().unwrap_or_default();
            THREAD_KEYS.iter().any(|k| key.eq_ignore_ascii_case(k))
        })
    };
    if forum || keyed() {
        Some(Thread::Forum)
    } else if segments().any(|seg| seg.eq_ignore_ascii_case("questions")) {
        Some(Thread::Question)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forums_threads_and_comment_pages_are_known_by_their_address() {
        for url in [
            "https://forum.example.org/t/first-telescope/1555",
            "https://www.example.com/threads/led-liftgate-lights.1797645/",
            "https://example.com/forum/consulting/is-it-worth-it",
            "https://community.example.io/topic/43227/saved-routes",
            "http://example.de/viewtopic.php?f=20&t=487157",
            "https://www.example.com/showthread.php?t=1930933",
            "https://www.example.com/ShowTopic-g1-i525-k15476375-Tips_for_a_first_visit.html",
            "https://old.example.com/r/science/comments/1rku5x9/hair_follicles/",
            "https://open.example.com/discussion/39620/open-source",
            "https://www.example.org/community/index.php?topic=589061.0",
        ] {
            assert_eq!(thread(url), Some(Thread::Forum), "{url}");
        }
        assert_eq!(
            thread("https://stackexchange.example.com/questions/780353/join-files"),
            Some(Thread::Question)
        );
        for url in [
            "https://www.example.com/2024/10/24/council-approves-tram-line/",
            "https://example.com/blog/threads-of-history",
            "https://example.com/search?q=/forum/",
            "https://www.example.com/topic-library/computer-basics/what-is-a-smartphone",
            "https://www.example.com/community/tutorials/workflow-automation-guide",
        ] {
            assert_eq!(thread(url), None, "{url}");
        }
    }
}
