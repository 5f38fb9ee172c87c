//! ## What it finds
//! Which way the clause around a date points: to the past ("was approved in
//! April", "since March", "had gotten them in February"), to the future
//! ("will expire in February", "is scheduled for Dec. 9"), or neither. It
//! reads the nearest marker word before the date in its clause (up to twelve
//! words), else after it in its sentence. Markers are in
//! `lists/tense_markers.txt`; a regular past tense ("refreshed", "appointed")
//! counts without a list.
//!
//! ## Why a reader cares
//! A date written without its year ("in February", "on Feb. 9") takes its
//! year from the publication date. In a story of late September, "the plan
//! was thrown into question on Feb. 9" happened seven months earlier, not
//! four months later: the verb says so, the calendar alone cannot.
//!
//! ## Example
//! reference 2016-09-27: "was thrown into question on Feb. 9" → past →
//! 2016-02-09; "Obama leaves office on Jan. 20" → neither → the nearest
//! year, 2017-01-20; "sentencing is scheduled for Feb. 14" → future →
//! 2017-02-14.
//!
//! ## Limits
//! - One marker decides, the nearest: "said the vote will be held in March"
//!   reads "will" before "said". A modal or a present verb ("would", "is")
//!   ends the search without an answer. A plan, a schedule, a deadline or an
//!   infinitive ("scheduled for", "by", "set to expire") keeps the nearest
//!   year: "tariffs planned for Oct. 15" may be past or coming.
//! - "-ed" after "a", "the", "be" is an adjective or a passive ("a designated
//!   day", "to be completed"), not a past tense; other "-ed" adjectives may
//!   still read as past.

use super::lexicon::Lex;
use super::Scan;
use crate::lists;
use std::sync::OnceLock;

/// Which way a clause points.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    Past,
    Future,
    /// A plan, a schedule or a deadline: the nearest year, however far ahead.
    Planned,
    Unknown,
}

fn markers() -> &'static [(&'static str, Tense)] {
    static M: OnceLock<Vec<(&'static str, Tense)>> = OnceLock::new();
    M.get_or_init(|| {
        lists::entries(crate::lists::list_text!("tense_markers"))
            .filter_map(|e| {
                let mut f = lists::fields(e);
                let w = f.next()?;
                let t = match f.next()? {
                    "past" => Tense::Past,
                    "future" => Tense::Future,
                    "planned" => Tense::Planned,
                    _ => Tense::Unknown,
                };
                Some((w, t))
            })
            .collect()
    })
}

/// Words before which "-ed" is an adjective or a passive participle.
const NOT_BEFORE_ED: &[&str] = &[
    "a", "an", "the", "be", "being", "been", "this", "that", "its", "his", "her", "their", "our",
];

/// "-ed" words that are not past tenses.
const NOT_PAST_ED: &[&str] = &[
    "indeed", "proceed", "exceed", "succeed", "speed", "breed", "hundred", "kindred", "naked",
    "wicked", "sacred", "beloved", "rugged", "crooked", "based", "related", "advanced",
];

impl Scan<'_> {
    /// The tense marker token `k` is, if any, for a date starting at `first`.
    fn tense_marker(&self, k: usize, first: usize) -> Option<Tense> {
        if !self.is_word(k) {
            return None;
        }
        // "by March" is a deadline; "approved by Republicans in April" is not.
        if self.is(k, "by") && k + 1 != first {
            return None;
        }
        let t = self.doc.tok(k);
        if t.ends_with("'ll") || t.ends_with("’ll") || (self.is(k, "going") && self.is(k + 1, "to"))
        {
            return Some(Tense::Future);
        }
        // "plans to visit", but "its plans for"; "was approved", but "were to win".
        let to = self.is(k + 1, "to");
        if self.is_any(k, &["plan", "plans", "hopes", "aims", "intends"]) && !to {
            return None;
        }
        if self.is_any(k, &["was", "were"]) && to {
            return Some(Tense::Unknown);
        }
        if let Some(&(_, tense)) = markers().iter().find(|(w, _)| self.is(k, w)) {
            return Some(tense);
        }
        // "to expire", "to break with": an infinitive looks ahead of its verb.
        if self.is(k, "to") && self.lower_word(k + 1) && self.lex(k + 1) == Lex::Other {
            let det = self.is_any(k + 1, NOT_BEFORE_ED) || self.is_any(k + 1, &["work", "power"]);
            if !det {
                return Some(Tense::Planned);
            }
        }
        let b = t.as_bytes();
        let regular_past = b.len() >= 5
            && b.ends_with(b"ed")
            && b.first().is_some_and(u8::is_ascii_lowercase)
            && !(k > 0 && (self.is_any(k - 1, NOT_BEFORE_ED) || self.dash(k - 1)))
            && !self.is_any(k, NOT_PAST_ED);
        regular_past.then_some(Tense::Past)
    }

    /// Whether a weekday or weekend at `i` lies ahead: its clause is in the
    /// future tense, or has no past tense and [`Scan::future`] finds a
    /// marker ("in the upcoming election, called Friday for …" is past).
    pub fn looks_ahead(&self, i: usize) -> bool {
        match self.tense(i, i) {
            Tense::Future => true,
            Tense::Past => false,
            _ => self.future(i),
        }
    }

    /// Which way the clause around tokens `first..=last` points.
    pub fn tense(&self, first: usize, last: usize) -> Tense {
        self.clause_around(first, last, true)
            .find_map(|k| self.tense_marker(k, first))
            .unwrap_or(Tense::Unknown)
    }
}

#[cfg(test)]
mod tests {
    use crate::dates::tests::dates_on;

    const LATE_SEPTEMBER: &str = "2016-09-27";

    #[test]
    fn a_past_verb_takes_the_year_before() {
        assert_eq!(
            dates_on(
                "The rule was thrown into doubt on Feb. 9 by the court.",
                LATE_SEPTEMBER
            ),
            [("Feb. 9", "date", "2016-02-09", "")]
        );
        assert_eq!(
            dates_on("The board approved the budget in December.", "2019-11-19"),
            [("December", "date", "2018-12", "")]
        );
        assert_eq!(
            dates_on("A budget approved by lawmakers in April.", "2019-11-19"),
            [("April", "date", "2019-04", "")]
        );
    }

    #[test]
    fn since_points_back() {
        assert_eq!(
            dates_on("The jets have been grounded since March.", "2019-11-20"),
            [("March", "date", "2019-03", "")]
        );
    }

    #[test]
    fn a_past_verb_after_an_opening_date() {
        assert_eq!(
            dates_on("In January, the governor praised the mine.", "2016-10-02"),
            [("January", "date", "2016-01", "")]
        );
        assert_eq!(
            dates_on("In January, Gov. Ray Smith praised the mine.", "2016-10-02"),
            [("January", "date", "2016-01", "")]
        );
    }

    #[test]
    fn the_future_takes_the_year_after() {
        assert_eq!(
            dates_on("Sentencing is scheduled for Feb. 14.", LATE_SEPTEMBER),
            [("Feb. 14", "date", "2017-02-14", "")]
        );
        assert_eq!(
            dates_on(
                "London said it would leave the union by the end of March.",
                "2016-10-05"
            ),
            [("the end of March", "date_range", "2017-03-26", "2017-03-31")]
        );
        assert_eq!(
            dates_on(
                "The new model will be unveiled in July, the carmaker said.",
                LATE_SEPTEMBER
            ),
            [("July", "date", "2017-07", "")]
        );
    }

    #[test]
    fn a_plan_noun_or_a_conditional_says_nothing() {
        assert_eq!(
            dates_on(
                "The firm shelved its plans for a listing on September 30.",
                "2019-11-18"
            ),
            [("September 30", "date", "2019-09-30", "")]
        );
        assert_eq!(
            dates_on(
                "If she were to win in November, taxes would rise.",
                LATE_SEPTEMBER
            ),
            [("November", "date", "2016-11", "")]
        );
    }

    #[test]
    fn the_nearest_marker_wins() {
        assert_eq!(
            dates_on(
                "The mayor said the bridge will reopen in August.",
                LATE_SEPTEMBER
            ),
            [("August", "date", "2017-08", "")]
        );
    }

    #[test]
    fn without_a_marker_a_near_future_stays() {
        assert_eq!(
            dates_on("Voters choose a president on Nov. 8.", LATE_SEPTEMBER),
            [("Nov. 8", "date", "2016-11-08", "")]
        );
        assert_eq!(
            dates_on(
                "The designated day is Nov. 1, organisers say.",
                LATE_SEPTEMBER
            ),
            [("Nov. 1", "date", "2016-11-01", "")]
        );
    }
}
