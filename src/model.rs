//! The scenario: what a reporter or reader enters. This is the input half of the JSON contract
//! (docs/contract.md). Counts stay as typed (`RawCount`) until `resolve` reads and checks them,
//! so a bad field can be reported against exactly what the reader typed.

use crate::lang::{Lang, Text};
use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};
use std::fmt;

/// The contract version this build reads and writes.
pub const CONTRACT_VERSION: u32 = 1;

/// A scenario: the figures a calculation reads, as typed, with their context.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    /// Contract version; absent means the current one.
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "whole_number")]
    pub version: Option<u32>,
    /// Language of sentences, messages and working, and of typed numbers.
    #[serde(default)]
    pub lang: Lang,
    /// The house style of numbers: style names separated by spaces, each for its own language
    /// ("ap", "percent", "es", "us", "mx", "rae"; docs/contract.md). Absent: each language's
    /// default.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub style: Option<String>,
    /// Where, when and by whom the figures were counted, and their source; all optional.
    #[serde(default)]
    pub context: Context,
    /// The steps counted, in order: at least one, at most 6. The first leads the headline.
    #[serde(default)]
    pub stages: Vec<Stage>,
    /// Numbers to set the first stage against; empty when none are given (then left out of
    /// the JSON).
    #[serde(default, skip_serializing_if = "Reference::is_empty")]
    pub reference: Reference,
    /// Which category the headline leads with; by default the one with no record (or no
    /// conviction), which is what the reporting this tool comes from asks about.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub focus: Option<Category>,
}

impl Scenario {
    /// The scenario's language in its house style (`"style"`), or the unknown style name.
    pub(crate) fn styled_lang(&self) -> Result<Lang, String> {
        self.style.as_deref().map_or(Ok(self.lang), |names| self.lang.styled(names))
    }
}

/// Where, when and by whom the figures were counted, for the sentences, and where they come from.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Context {
    /// Where: a noun phrase that reads after "in", e.g. "the Los Angeles area".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<Text>,
    /// When: the first and last day, or a phrase, or both.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<Period>,
    /// Who: "ICE", "Border Patrol".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agency: Option<Text>,
    /// Where the figures come from, shown under the results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Source>,
}

/// The period the figures cover.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Period {
    /// First day, "YYYY-MM-DD". With `end`, gives rates per day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<String>,
    /// Last day, inclusive, "YYYY-MM-DD".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<String>,
    /// A phrase that reads after the verb: "from October to June", "in a four-day operation".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<Text>,
}

/// Where the figures come from: a name, a link, or both.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// The source as it should read under the results, kept as typed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<Text>,
    /// A link to the source; only http(s) addresses are passed on to the report.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// One step of enforcement, counted once.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Stage {
    /// A short key used in figure ids ("arrests"); defaults to the kind, made unique.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The step counted; `arrests` when absent.
    #[serde(default)]
    pub kind: StageKind,
    /// For `custom` stages (and to override any kind's wording): the past participle that reads
    /// after "people", e.g. {"en": "released", "es": "liberadas"}.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verb: Option<Text>,
    /// What is counted. Charges are not people: one person can carry several.
    #[serde(default)]
    pub unit: Unit,
    /// How many were counted at this step, as typed, and not zero. `None` (absent or `null` in
    /// JSON) when the reporting gives only parts: the total was not reported.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total: Option<RawCount>,
    /// The total split by criminality category; any of the categories, or none.
    #[serde(default, skip_serializing_if = "Breakdown::is_empty")]
    pub breakdown: Breakdown,
    /// Groups the reporter names, at most 30; empty when there are none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub subgroups: Vec<Subgroup>,
    /// Named parts of the stage by place, at most 60; empty when there are none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub places: Vec<PlacePart>,
}

/// The step of enforcement a stage counts; in JSON, its `kind` in snake case ("arrests").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StageKind {
    /// Arrests; the default.
    #[default]
    Arrests,
    /// Book-ins to detention.
    Detentions,
    /// Removals, worded "removed" ("deported" or "removed" is the reporter's choice).
    Removals,
    /// Deportations, worded "deported".
    Deportations,
    /// Requests to local jails to hold someone: a count of requests, not of people taken.
    Detainers,
    /// Any other step, worded with the stage's `verb` ("counted" when there is none).
    Custom,
}

/// What a stage counts; in JSON, `people` or `charges`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    /// People, each counted once; the default.
    #[default]
    People,
    /// Charges, which are not people: the wording changes and a caveat says so.
    Charges,
}

/// ICE's criminality categories, and the unions of them reporters often get instead.
/// Every field is optional; `resolve` derives what the others allow and says so.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Breakdown {
    /// Convicted of a crime.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub convicted: Option<RawCount>,
    /// Pending criminal charges, not convicted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pending: Option<RawCount>,
    /// Neither a conviction nor a pending charge.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub no_record: Option<RawCount>,
    /// Convicted or pending charges: "with a criminal history".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub criminal_history: Option<RawCount>,
    /// Pending charges or no record: "without a criminal conviction".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub not_convicted: Option<RawCount>,
}

impl Breakdown {
    /// Whether no category was given (then the breakdown is left out of the JSON).
    pub fn is_empty(&self) -> bool {
        self.get_all().iter().all(|(_, c)| c.is_none())
    }

    /// The count given for `category`, as typed; `None` when it was not given.
    pub fn get(&self, category: Category) -> Option<&RawCount> {
        match category {
            Category::Convicted => self.convicted.as_ref(),
            Category::Pending => self.pending.as_ref(),
            Category::NoRecord => self.no_record.as_ref(),
            Category::CriminalHistory => self.criminal_history.as_ref(),
            Category::NotConvicted => self.not_convicted.as_ref(),
        }
    }

    /// Every category with its count as typed (`None` where not given), in `Category::ALL`'s
    /// order.
    pub fn get_all(&self) -> [(Category, Option<&RawCount>); 5] {
        Category::ALL.map(|c| (c, self.get(c)))
    }
}

/// A criminality category. The first three partition a stage; the last two are unions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    /// Convicted of a crime: `convicted`.
    Convicted,
    /// Pending criminal charges, not convicted: `pending`.
    Pending,
    /// Neither a conviction nor a pending charge: `no_record`.
    NoRecord,
    /// Convicted or pending charges, "with a criminal history": `criminal_history`.
    CriminalHistory,
    /// Pending charges or no record, "without a criminal conviction": `not_convicted`.
    NotConvicted,
}

impl Category {
    /// Every category: the three that partition a stage, then the two unions.
    pub const ALL: [Category; 5] = [
        Category::Convicted,
        Category::Pending,
        Category::NoRecord,
        Category::CriminalHistory,
        Category::NotConvicted,
    ];

    /// The category's key as the scenario and the figure ids spell it: "no_record".
    pub fn key(self) -> &'static str {
        match self {
            Category::Convicted => "convicted",
            Category::Pending => "pending",
            Category::NoRecord => "no_record",
            Category::CriminalHistory => "criminal_history",
            Category::NotConvicted => "not_convicted",
        }
    }
}

/// A group the reporter names, within the whole stage or within one category.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Subgroup {
    /// Kept as typed: "alleged gang members" stays "alleged".
    pub label: Text,
    /// How many are in the group, as typed.
    pub count: RawCount,
    /// What the group is part of; the whole stage when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<Category>,
}

/// A named part of a stage by place: one city of a multi-city operation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlacePart {
    /// The place's name, kept as typed: "Los Angeles".
    pub name: Text,
    /// How many of the stage's total were counted there, as typed.
    pub count: RawCount,
}

/// Numbers to set a stage against.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reference {
    /// A population the first stage is drawn from; `None` when not given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub population: Option<Population>,
    /// A stated goal for the first stage; `None` when not given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<Target>,
    /// The first stage's count in another period; `None` when not given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comparison: Option<Comparison>,
}

impl Reference {
    /// Whether none of the references was given (then left out of the JSON).
    pub fn is_empty(&self) -> bool {
        self.population.is_none() && self.target.is_none() && self.comparison.is_none()
    }
}

/// A population the first stage is drawn from, e.g. estimated residents without legal status.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Population {
    /// How many people the population counts, as typed.
    pub count: RawCount,
    /// A noun phrase: "estimated residents without legal status". Required; absent or blank is
    /// an error on this field, so a half-filled form gets its message beside the empty box.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<Text>,
    /// The id of the stage set against it ("removals"); the first stage when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stage: Option<String>,
}

/// A stated goal for the first stage: per day (needs the period's dates), or for the period.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Target {
    /// The goal per day, as typed; measuring against it needs the period's dates or
    /// `observed_per_day`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub per_day: Option<RawCount>,
    /// The goal for the whole period, as typed, set against the first stage's total.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total: Option<RawCount>,
    /// Whose goal, as a phrase: "the White House's goal".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<Text>,
    /// An observed daily pace to measure instead of the first stage's average, e.g. a reported
    /// "1,400 a day" when no dates are known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub observed_per_day: Option<RawCount>,
}

/// The first stage's count in another period, e.g. "the same months a year earlier".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Comparison {
    /// The first stage's count in the other period, as typed.
    pub count: RawCount,
    /// A phrase that reads after "in": "the same months a year earlier". Required, as for
    /// `Population::label`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<Text>,
}

/// How serde_json (with `arbitrary_precision`) passes a number that is not a 64-bit integer: a
/// map with this one key and the number's text as its value.
const JSON_NUMBER_TOKEN: &str = "$serde_json::private::Number";

/// A count as the reader typed it: a JSON number or a string such as "5,232" or "1.4 million".
/// Reading it needs the language, so that happens in `resolve`, not here.
#[derive(Debug, Clone, PartialEq)]
pub enum RawCount {
    /// A JSON string, as typed: "5,232", "1.4 million".
    Text(String),
    /// A JSON number, kept as its decimal text so nothing is lost to floating point.
    Number(String),
}

impl RawCount {
    /// The count exactly as typed (a number's decimal text), for messages that quote it.
    pub fn as_typed(&self) -> &str {
        match self {
            RawCount::Text(s) | RawCount::Number(s) => s,
        }
    }
}

impl Default for RawCount {
    fn default() -> Self {
        RawCount::Text(String::new())
    }
}

impl From<u64> for RawCount {
    fn from(n: u64) -> Self {
        RawCount::Number(n.to_string())
    }
}

impl From<&str> for RawCount {
    fn from(s: &str) -> Self {
        RawCount::Text(s.to_string())
    }
}

impl Serialize for RawCount {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            // Whole numbers go back out as numbers; anything else as the text it came from.
            RawCount::Number(s) => match s.parse::<u64>() {
                Ok(n) => serializer.serialize_u64(n),
                Err(_) => serializer.serialize_str(s),
            },
            RawCount::Text(s) => serializer.serialize_str(s),
        }
    }
}

impl<'de> Deserialize<'de> for RawCount {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        match deserializer.deserialize_any(ScalarVisitor(Want::Count))? {
            Scalar::Count(c) => Ok(c),
            // Never: the visitor answers in the kind it is asked for.
            _ => Ok(RawCount::default()),
        }
    }
}

/// A whole number that fits in 32 bits (the contract version), read without floating point: a
/// fraction, an exponent or a string is an "invalid type" error like any other.
fn whole_number<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<u32>, D::Error> {
    match deserializer.deserialize_any(ScalarVisitor(Want::Whole))? {
        Scalar::Whole(v) => Ok(v),
        _ => Ok(None),
    }
}

/// Which of the hand-read field types `ScalarVisitor` reads.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Want {
    /// A `RawCount`.
    Count,
    /// A `Text`.
    Text,
    /// The contract version (`whole_number`).
    Whole,
}

pub(crate) enum Scalar {
    Count(RawCount),
    Text(Text),
    Whole(Option<u32>),
}

/// One visitor for the three field types read by hand (counts, texts, the version), so the wasm
/// carries serde_json's `deserialize_any` once instead of once per type. Each kind behaves as its
/// own visitor would: where that visitor takes a value it is taken here, and everything else is
/// serde's default, an "invalid type" error against the kind's `expecting`.
pub(crate) struct ScalarVisitor(pub(crate) Want);

impl ScalarVisitor {
    fn count(v: String) -> Scalar {
        Scalar::Count(RawCount::Number(v))
    }
}

impl<'de> Visitor<'de> for ScalarVisitor {
    type Value = Scalar;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(match self.0 {
            Want::Count => "a count: a number or text such as \"5,232\"",
            Want::Text => "text, or an object with \"en\" and \"es\" texts",
            Want::Whole => "a whole number",
        })
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Scalar, E> {
        match self.0 {
            Want::Count => Ok(Self::count(v.to_string())),
            Want::Text => Err(E::invalid_type(de::Unexpected::Unsigned(v), &self)),
            Want::Whole => u32::try_from(v)
                .map(|v| Scalar::Whole(Some(v)))
                .map_err(|_| E::invalid_value(de::Unexpected::Unsigned(v), &self)),
        }
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Scalar, E> {
        match self.0 {
            Want::Count => Ok(Self::count(v.to_string())),
            Want::Text => Err(E::invalid_type(de::Unexpected::Signed(v), &self)),
            Want::Whole => u32::try_from(v)
                .map(|v| Scalar::Whole(Some(v)))
                .map_err(|_| E::invalid_value(de::Unexpected::Signed(v), &self)),
        }
    }

    // serde_json never hands over 128-bit integers here; other deserializers get serde's answers.
    fn visit_u128<E: de::Error>(self, v: u128) -> Result<Scalar, E> {
        match self.0 {
            Want::Count => Ok(Self::count(v.to_string())),
            _ => Err(E::invalid_type(de::Unexpected::Other(&format!("integer `{v}` as u128")), &self)),
        }
    }

    fn visit_i128<E: de::Error>(self, v: i128) -> Result<Scalar, E> {
        match self.0 {
            Want::Count => Ok(Self::count(v.to_string())),
            _ => Err(E::invalid_type(de::Unexpected::Other(&format!("integer `{v}` as i128")), &self)),
        }
    }

    /// For counts, a JSON number that is not a whole number within 64 bits ("1.5", "1e3", huge
    /// ones): serde_json's `arbitrary_precision` hands it over as its decimal text, as a map of one
    /// entry, so it is kept exactly as written and no floating point is involved (the wasm build
    /// carries no float parsing or formatting code). `resolve` says what is wrong with it, against
    /// what was typed. For texts, `{"en": …, "es": …}`.
    fn visit_map<A: de::MapAccess<'de>>(self, mut map: A) -> Result<Scalar, A::Error> {
        match self.0 {
            Want::Count => match map.next_key::<String>()? {
                Some(key) if key == JSON_NUMBER_TOKEN => Ok(Self::count(map.next_value::<String>()?)),
                _ => Err(de::Error::invalid_type(de::Unexpected::Map, &self)),
            },
            Want::Text => {
                let (mut en, mut es) = (None, None);
                while let Some(key) = map.next_key::<String>()? {
                    let slot = match key.as_str() {
                        "en" => &mut en,
                        "es" => &mut es,
                        _ => return Err(de::Error::unknown_field(&key, &["en", "es"])),
                    };
                    if slot.is_some() {
                        return Err(de::Error::custom(format_args!("duplicate field `{key}`")));
                    }
                    *slot = Some(map.next_value::<Option<String>>()?);
                }
                Ok(Scalar::Text(Text::PerLang { en: en.flatten(), es: es.flatten() }))
            }
            Want::Whole => Err(de::Error::invalid_type(de::Unexpected::Other("number"), &self)),
        }
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Scalar, E> {
        match self.0 {
            Want::Count => Ok(Scalar::Count(RawCount::Text(v.to_string()))),
            Want::Text => Ok(Scalar::Text(Text::Same(v.to_string()))),
            Want::Whole => Err(E::invalid_type(de::Unexpected::Str(v), &self)),
        }
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Scalar, E> {
        match self.0 {
            Want::Count => Ok(Scalar::Count(RawCount::Text(v))),
            Want::Text => Ok(Scalar::Text(Text::Same(v))),
            Want::Whole => self.visit_str(&v),
        }
    }

    fn visit_unit<E: de::Error>(self) -> Result<Scalar, E> {
        match self.0 {
            Want::Count => Ok(Scalar::Count(RawCount::Text(String::new()))),
            Want::Text => Err(E::invalid_type(de::Unexpected::Unit, &self)),
            Want::Whole => Ok(Scalar::Whole(None)),
        }
    }

    fn visit_none<E: de::Error>(self) -> Result<Scalar, E> {
        match self.0 {
            Want::Count => Ok(Scalar::Count(RawCount::Text(String::new()))),
            _ => Err(E::invalid_type(de::Unexpected::Option, &self)),
        }
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Scalar, D::Error> {
        match self.0 {
            Want::Count => d.deserialize_any(self),
            _ => Err(de::Error::invalid_type(de::Unexpected::Option, &self)),
        }
    }
}
