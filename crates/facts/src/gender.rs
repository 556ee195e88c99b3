//! The grammatical gender a pronoun needs and a person's name or title shows, so that "she
//! said" finds the nearest woman named before it, not the nearest person. A name shows a
//! gender through a gendered title ("Mrs.", "congressman") or a common given name; most names
//! show none, and then any pronoun may join them.

/// A pronoun's or a person's gender, when known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Gender {
    /// He, him, his.
    Male,
    /// She, her, hers.
    Female,
}

/// Titles and roles that show a man.
const MALE_TITLES: &[&str] = &[
    "Mr",
    "Mr.",
    "Sir",
    "Lord",
    "King",
    "Prince",
    "Duke",
    "Emperor",
    "Sheikh",
    "Father",
    "Brother",
    "congressman",
    "Congressman",
    "chairman",
    "Chairman",
    "spokesman",
    "Spokesman",
    "councilman",
    "Councilman",
    "businessman",
    "husband",
    "son",
    "brother",
    "father",
    "grandfather",
    "uncle",
    "nephew",
    "boy",
    "man",
    "actor",
    "Pope",
    "Rabbi",
    "Imam",
];

/// Titles and roles that show a woman.
const FEMALE_TITLES: &[&str] = &[
    "Mrs",
    "Mrs.",
    "Ms",
    "Ms.",
    "Miss",
    "Madam",
    "Dame",
    "Lady",
    "Queen",
    "Princess",
    "Duchess",
    "Empress",
    "Sister",
    "congresswoman",
    "Congresswoman",
    "chairwoman",
    "Chairwoman",
    "spokeswoman",
    "Spokeswoman",
    "councilwoman",
    "Councilwoman",
    "businesswoman",
    "wife",
    "daughter",
    "sister",
    "mother",
    "grandmother",
    "aunt",
    "niece",
    "girl",
    "woman",
    "actress",
];

/// Given names common in English-language news that are borne mostly by men.
const MALE_NAMES: &[&str] = &[
    "Aaron",
    "Adam",
    "Alan",
    "Albert",
    "Alexander",
    "Alexei",
    "Andrew",
    "Anthony",
    "Antonio",
    "Arthur",
    "Barack",
    "Ben",
    "Benjamin",
    "Bernie",
    "Bill",
    "Bob",
    "Boris",
    "Brad",
    "Brian",
    "Bruce",
    "Carl",
    "Carlos",
    "Charles",
    "Chris",
    "Christopher",
    "Chuck",
    "Colin",
    "Dan",
    "Daniel",
    "Dave",
    "David",
    "Dennis",
    "Dick",
    "Donald",
    "Doug",
    "Douglas",
    "Dmitry",
    "Ed",
    "Edward",
    "Emmanuel",
    "Eric",
    "Frank",
    "Fred",
    "Gary",
    "George",
    "Gerald",
    "Greg",
    "Harry",
    "Henry",
    "Howard",
    "Ian",
    "Ivan",
    "Jack",
    "Jacob",
    "Jake",
    "James",
    "Jason",
    "Jeb",
    "Jeff",
    "Jeffrey",
    "Jeremy",
    "Jerry",
    "Jim",
    "Jimmy",
    "Joe",
    "John",
    "Jon",
    "Jonathan",
    "Jorge",
    "Jose",
    "Joseph",
    "Josh",
    "Juan",
    "Justin",
    "Keith",
    "Ken",
    "Kevin",
    "Larry",
    "Luis",
    "Marco",
    "Mark",
    "Martin",
    "Matt",
    "Matthew",
    "Michael",
    "Mike",
    "Mitch",
    "Mitt",
    "Mohammed",
    "Muhammad",
    "Nicholas",
    "Nick",
    "Olaf",
    "Oliver",
    "Patrick",
    "Paul",
    "Pedro",
    "Peter",
    "Philip",
    "Ralph",
    "Rand",
    "Randy",
    "Reince",
    "Richard",
    "Rick",
    "Rob",
    "Robert",
    "Roger",
    "Ron",
    "Ronald",
    "Rudy",
    "Ryan",
    "Sam",
    "Samuel",
    "Scott",
    "Sean",
    "Sergei",
    "Stephen",
    "Steve",
    "Steven",
    "Ted",
    "Thomas",
    "Tim",
    "Timothy",
    "Todd",
    "Tom",
    "Tony",
    "Vladimir",
    "Volodymyr",
    "Walter",
    "Wayne",
    "William",
    "Xi",
    "Yuri",
];

/// Given names common in English-language news that are borne mostly by women.
const FEMALE_NAMES: &[&str] = &[
    "Alexandria",
    "Alice",
    "Amanda",
    "Amy",
    "Angela",
    "Ann",
    "Anna",
    "Anne",
    "Barbara",
    "Betsy",
    "Betty",
    "Carly",
    "Carol",
    "Caroline",
    "Catherine",
    "Chelsea",
    "Christine",
    "Claire",
    "Condoleezza",
    "Cynthia",
    "Deborah",
    "Debbie",
    "Diana",
    "Diane",
    "Donna",
    "Elizabeth",
    "Ellen",
    "Emily",
    "Emma",
    "Eva",
    "Gina",
    "Hillary",
    "Helen",
    "Huma",
    "Ivanka",
    "Jacinda",
    "Jane",
    "Janet",
    "Jennifer",
    "Jessica",
    "Jill",
    "Joan",
    "Joni",
    "Judith",
    "Judy",
    "Julia",
    "Julie",
    "Karen",
    "Kamala",
    "Kate",
    "Katherine",
    "Kathleen",
    "Kathy",
    "Kellyanne",
    "Kim",
    "Kirsten",
    "Laura",
    "Linda",
    "Lisa",
    "Loretta",
    "Lynn",
    "Maria",
    "Marie",
    "Marine",
    "Martha",
    "Mary",
    "Megyn",
    "Melania",
    "Melissa",
    "Michelle",
    "Nancy",
    "Nicola",
    "Nikki",
    "Olivia",
    "Pamela",
    "Patricia",
    "Rachel",
    "Rebecca",
    "Sarah",
    "Sandra",
    "Sharon",
    "Sheila",
    "Stephanie",
    "Susan",
    "Suzanne",
    "Theresa",
    "Tulsi",
    "Ursula",
    "Valerie",
    "Victoria",
    "Virginia",
    "Wendy",
];

/// The gender a pronoun needs, if any: "he" and "she" do, "they", "it" and "who" do not.
pub(crate) fn of_pronoun(word: &str) -> Option<Gender> {
    let is = |list: &[&str]| list.iter().any(|w| word.eq_ignore_ascii_case(w));
    if is(&["he", "him", "his", "himself"]) {
        Some(Gender::Male)
    } else if is(&["she", "her", "hers", "herself"]) {
        Some(Gender::Female)
    } else {
        None
    }
}

/// The gender a person's name and titles show, if any: a gendered title or role first, then
/// the first given name.
pub(crate) fn of_person<'a>(
    name: &str,
    titles: impl IntoIterator<Item = &'a str>,
) -> Option<Gender> {
    for title in titles {
        for word in title.split_whitespace() {
            if MALE_TITLES.contains(&word) {
                return Some(Gender::Male);
            }
            if FEMALE_TITLES.contains(&word) {
                return Some(Gender::Female);
            }
        }
        // "First Lady".
        if title.contains("First Lady") {
            return Some(Gender::Female);
        }
    }
    let first = name.split_whitespace().next()?;
    if MALE_NAMES.contains(&first) {
        Some(Gender::Male)
    } else if FEMALE_NAMES.contains(&first) {
        Some(Gender::Female)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_titles_and_pronouns() {
        assert_eq!(of_person("Vladimir Putin", []), Some(Gender::Male));
        assert_eq!(of_person("Hillary Clinton", []), Some(Gender::Female));
        assert_eq!(of_person("Clinton", ["Mrs."]), Some(Gender::Female));
        assert_eq!(of_person("Jordan Peele", []), None);
        assert_eq!(of_pronoun("She"), Some(Gender::Female));
        assert_eq!(of_pronoun("they"), None);
    }
}
