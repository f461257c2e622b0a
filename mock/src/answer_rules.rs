//! Answers registered for actions, from Rust or the admin API: fixed replies and
//! handlers, each for every call or for the next N calls, served in the order added.

use crate::answer::{Handler, Reply};
use crate::faults;

/// A reply registered for the calls of one action, for every call or the next `times`.
#[derive(Debug, Clone, PartialEq)]
pub struct AnswerRule {
    /// The action (`DescribeZones`, or `cvm:DescribeZones` for one service).
    pub action: String,
    /// The reply; a success gets a fresh RequestId each time it is served.
    pub reply: Reply,
    /// How many calls it answers; every call when `None`.
    pub times: Option<u32>,
}

impl AnswerRule {
    /// `reply` to every call of `action` (`Action` or `service:Action`).
    pub fn new(action: impl Into<String>, reply: Reply) -> Self {
        AnswerRule {
            action: action.into(),
            reply,
            times: None,
        }
    }

    /// Only the next `n` calls; the answers after it (or the usual one) come next.
    pub fn times(mut self, n: u32) -> Self {
        self.times = Some(n);
        self
    }
}

/// What answers a call: a reply, or a closure that makes one.
#[derive(Clone)]
pub(crate) enum Responder {
    Fixed(Reply),
    Handler(Handler),
}

struct Entry {
    pattern: String,
    responder: Responder,
    /// Calls left to answer; `None` is every call.
    remaining: Option<u32>,
}

/// The registered answers, in the order added.
#[derive(Default)]
pub(crate) struct Answers {
    entries: Vec<Entry>,
}

impl Answers {
    /// Answers every call of `pattern` with `responder`, in place of what was registered
    /// for the same pattern.
    pub fn replace(&mut self, pattern: String, responder: Responder) {
        self.entries.retain(|entry| entry.pattern != pattern);
        self.entries.push(Entry {
            pattern,
            responder,
            remaining: None,
        });
    }

    /// Adds a rule after those already registered for its action.
    pub fn push(&mut self, rule: AnswerRule) {
        if rule.times == Some(0) {
            return;
        }
        self.entries.push(Entry {
            pattern: rule.action,
            responder: Responder::Fixed(rule.reply),
            remaining: rule.times,
        });
    }

    pub fn clear(&mut self) {
        self.entries.clear();
    }

    /// What answers this call, counted against its times: the first registered for
    /// `service:action`, else the first registered for `action` in any service.
    pub fn take(&mut self, service: &str, action: &str) -> Option<Responder> {
        let exact = format!("{service}:{action}");
        let index = self
            .entries
            .iter()
            .position(|entry| entry.pattern == exact)
            .or_else(|| {
                self.entries
                    .iter()
                    .position(|entry| faults::matches(&entry.pattern, service, action))
            })?;
        let entry = &mut self.entries[index];
        let responder = entry.responder.clone();
        if let Some(remaining) = &mut entry.remaining {
            *remaining -= 1;
            if *remaining == 0 {
                self.entries.remove(index);
            }
        }
        Some(responder)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn served(answers: &mut Answers, service: &str, action: &str) -> Option<String> {
        match answers.take(service, action)? {
            Responder::Fixed(Reply::Error { code, .. }) => Some(code),
            Responder::Fixed(_) => Some("success".to_owned()),
            Responder::Handler(_) => Some("handler".to_owned()),
        }
    }

    #[test]
    fn counted_answers_come_in_the_order_added() {
        let mut answers = Answers::default();
        answers.push(AnswerRule::new("DescribeZones", Reply::error("A", "")).times(1));
        answers.push(AnswerRule::new("DescribeZones", Reply::error("B", "")).times(2));
        answers.push(AnswerRule::new("DescribeZones", Reply::error("C", "")));
        let seen: Vec<_> = (0..5)
            .map(|_| served(&mut answers, "cvm", "DescribeZones"))
            .collect();
        assert_eq!(
            seen,
            ["A", "B", "B", "C", "C"].map(|code| Some(code.to_owned()))
        );
        assert_eq!(served(&mut answers, "cvm", "RunInstances"), None);
    }

    #[test]
    fn one_service_comes_before_every_service() {
        let mut answers = Answers::default();
        answers.push(AnswerRule::new("DescribeZones", Reply::error("Any", "")).times(1));
        answers.push(AnswerRule::new("cvm:DescribeZones", Reply::error("Cvm", "")).times(1));
        assert_eq!(
            served(&mut answers, "cvm", "DescribeZones").as_deref(),
            Some("Cvm")
        );
        assert_eq!(
            served(&mut answers, "cbs", "DescribeZones").as_deref(),
            Some("Any")
        );
        assert_eq!(served(&mut answers, "cvm", "DescribeZones"), None);
    }

    #[test]
    fn a_replacement_takes_the_place_of_every_answer_of_its_pattern() {
        let mut answers = Answers::default();
        answers.push(AnswerRule::new("DescribeZones", Reply::error("A", "")).times(3));
        answers.replace(
            "DescribeZones".to_owned(),
            Responder::Fixed(Reply::error("B", "")),
        );
        answers.push(AnswerRule::new("DescribeZones", Reply::error("Never", "")).times(0));
        for _ in 0..4 {
            assert_eq!(
                served(&mut answers, "cvm", "DescribeZones").as_deref(),
                Some("B")
            );
        }
        answers.clear();
        assert_eq!(served(&mut answers, "cvm", "DescribeZones"), None);
    }
}
