//! ## What it finds
//! Passive claims without an agent: "evidence has repeatedly been shared",
//! "mistakes were made", "the figures had been linked to the spill": a form
//! of "be" and a participle from `lists/agentless_verbs.txt`, with no "by …"
//! after it in the clause.
//!
//! ## Why a reader cares
//! "Evidence has been shared" is a claim whose witness is missing: shared by
//! whom, with whom? The passive lets a writer state a fact without saying
//! who stands behind it.
//!
//! ## Example
//! "Evidence has repeatedly been shared with the court." → `agentless` over
//! "has repeatedly been shared"; "The plan was approved by the council." →
//! nothing (the council is the agent).
//!
//! ## Limits
//! Only the participles in the list count: those whose agent is what a
//! fact-checker would ask for. "was killed", "were held" are left alone. An
//! agent named earlier ("The council met. The plan was approved.") is not
//! seen. "it is believed" and the like are vague sources, flagged as such.

use super::token_flag;
use crate::figures::lexicon::{plain, Lexicon};
use crate::model::Flag;
use crate::text::{Doc, TokenKind};
use std::sync::OnceLock;

fn participles() -> &'static Lexicon<()> {
    static L: OnceLock<Lexicon<()>> = OnceLock::new();
    L.get_or_init(|| plain(crate::lists::list_text!("agentless_verbs")))
}

const BE: &[&str] = &["is", "are", "was", "were", "be", "been", "being", "'s"];
const AUX: &[&str] = &[
    "has", "have", "had", "will", "would", "can", "could", "may", "might", "must", "should",
];
/// Adverbs that may stand between the auxiliary and the participle.
fn adverb(doc: &Doc, i: usize) -> bool {
    doc.is_any(
        i,
        &[
            "not", "also", "already", "never", "now", "still", "then", "since", "long", "all",
            "n't",
        ],
    ) || (doc.kind(i) == Some(TokenKind::Word) && doc.tok(i).ends_with("ly"))
}

/// The first token of the passive verb group ending with the participle at
/// `p`, if there is one.
fn verb_group_start(doc: &Doc, p: usize) -> Option<usize> {
    let mut j = p.checked_sub(1)?;
    let mut steps = 0;
    while adverb(doc, j) && steps < 2 {
        j = j.checked_sub(1)?;
        steps += 1;
    }
    if !doc.is_any(j, BE) {
        return None;
    }
    let mut first = j;
    // "has (repeatedly) been", "will be".
    let mut k = j;
    for _ in 0..3 {
        let Some(prev) = k.checked_sub(1) else { break };
        if doc.is_any(prev, AUX) || (adverb(doc, prev) && !doc.is_any(prev, &["not", "n't"])) {
            k = prev;
            if doc.is_any(prev, AUX) {
                first = prev;
            }
        } else {
            break;
        }
    }
    Some(first)
}

/// Whether "by" (an agent) follows token `p` before the clause ends.
fn agent_follows(doc: &Doc, p: usize) -> bool {
    for j in p + 1..(p + 12).min(doc.len()) {
        if doc.line_break_before(j)
            || doc.is_punct(j, '.')
            || doc.is_punct(j, ';')
            || doc.is_punct(j, '?')
            || doc.is_punct(j, '!')
        {
            return false;
        }
        if doc.is(j, "by") {
            return true;
        }
    }
    false
}

/// Adds an `agentless` flag for every passive claim without an agent.
pub fn find(doc: &Doc, out: &mut Vec<Flag>) {
    for (i, last, _) in participles().scan(doc) {
        if let Some(first) = verb_group_start(doc, i) {
            if !agent_follows(doc, last) {
                let w = doc.text_of(i, last);
                out.push(token_flag(
                    doc,
                    first,
                    last,
                    "agentless",
                    format!("No agent: \"{w}\" by whom? The sentence does not say"),
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::flags::testing::texts;

    fn agentless(text: &str) -> Vec<String> {
        texts(text, "agentless")
    }

    #[test]
    fn passives_without_agents() {
        assert_eq!(
            agentless("Evidence has repeatedly been shared with the court."),
            ["has repeatedly been shared"]
        );
        assert_eq!(agentless("Mistakes were made."), ["were made"]);
        assert_eq!(
            agentless("The spill had been linked to the plant."),
            ["had been linked"]
        );
        assert_eq!(agentless("Files were not deleted."), ["were not deleted"]);
    }

    #[test]
    fn passives_with_agents_or_other_verbs() {
        assert!(agentless("The plan was approved by the council.").is_empty());
        assert!(agentless("Two men were killed in the blast.").is_empty());
        assert!(agentless("She shared the evidence.").is_empty());
    }

    #[test]
    fn vague_sources_win() {
        let a = crate::analyze("It was reported that he left.", &crate::Options::new());
        let kinds: Vec<&str> = a.flags.iter().map(|f| f.kind.as_str()).collect();
        assert_eq!(kinds, ["vague_source"]);
    }
}
