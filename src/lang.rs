//! The two languages the widget speaks, and text a reporter may give in either or both.

use crate::model::{Scalar, ScalarVisitor, Want};
use serde::de::Deserializer;
use serde::{Deserialize, Serialize};

/// The reader's language, with the house style its numbers are written in. The language
/// decides the wording of every sentence, message and working step, and how typed numbers are
/// read ("5.232" is five thousand in Spanish, a fraction in English); the style decides the
/// separators and the percent sign or word (`Style`). Serialized as the language alone: "en",
/// "es"; the style travels in the scenario's own `"style"` field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Lang {
    base: Base,
    style: Style,
}

/// The language without its style: what decides the words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Base {
    /// English.
    #[default]
    En,
    /// Spanish.
    Es,
}

/// A newsroom's house style for numbers. Each language has its own (`Style::NAMES`); every
/// style's facts are a `format::Numbers` value in the language's file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Style {
    /// The language's own default: English "5,232" and "32.9 percent" (as the NYT and TRAC
    /// write), Spanish "5.232" and "32,9 por ciento" (Spain).
    #[default]
    Default,
    /// English, AP since 2019: "5,232", "32.9%" in running text too.
    Ap,
    /// Spanish in the US and Mexico: "5,232", "32.9%".
    Us,
    /// Spanish as the RAE recommends: "5232", "65 135" (a narrow no-break space), "32,9 %".
    Rae,
}

impl Style {
    /// Every style name the contract accepts, with the language it belongs to.
    pub const NAMES: [(&'static str, Base, Style); 6] = [
        ("percent", Base::En, Style::Default),
        ("ap", Base::En, Style::Ap),
        ("es", Base::Es, Style::Default),
        ("us", Base::Es, Style::Us),
        ("mx", Base::Es, Style::Us),
        ("rae", Base::Es, Style::Rae),
    ];
}

#[allow(non_upper_case_globals)]
impl Lang {
    /// English, in its default style.
    pub const En: Lang = Lang { base: Base::En, style: Style::Default };
    /// Spanish, in its default style.
    pub const Es: Lang = Lang { base: Base::Es, style: Style::Default };

    /// Every language, in the order the widget offers them.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Es];

    /// The language without its style.
    pub fn base(self) -> Base {
        self.base
    }

    /// The house style of its numbers.
    pub fn style(self) -> Style {
        self.style
    }

    /// The language in its default style.
    pub fn plain(self) -> Lang {
        Lang { base: self.base, style: Style::Default }
    }

    /// The language in the style `names` gives it: one or more style names separated by spaces
    /// ("ap", "ap rae"), each applying to its own language (`Style::NAMES`); a
    /// language no name is given for keeps its default. An unknown name is `Err` with it.
    pub fn styled(self, names: &str) -> Result<Lang, String> {
        let mut out = self.plain();
        for name in names.split(' ').filter(|n| !n.is_empty()) {
            match Style::NAMES.iter().find(|(n, _, _)| n.eq_ignore_ascii_case(name)) {
                Some(&(_, base, style)) if base == self.base => out.style = style,
                Some(_) => {}
                None => return Err(name.to_string()),
            }
        }
        Ok(out)
    }

    /// The language and style in one byte, never 0 (`unpacked` reads it back).
    #[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
    pub(crate) fn packed(self) -> u8 {
        1 + self.base as u8 * 4 + self.style as u8
    }

    /// A `packed` byte as the language it is; 0 (or any other byte) is `None`.
    #[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
    pub(crate) fn unpacked(byte: u8) -> Option<Lang> {
        let n = byte.checked_sub(1)?;
        let base = match n / 4 {
            0 => Base::En,
            1 => Base::Es,
            _ => return None,
        };
        let style = match n % 4 {
            0 => Style::Default,
            1 => Style::Ap,
            2 => Style::Us,
            _ => Style::Rae,
        };
        Some(Lang { base, style })
    }

    /// The language's code as in the contract and in HTML: "en", "es".
    pub fn code(self) -> &'static str {
        match self.base {
            Base::En => "en",
            Base::Es => "es",
        }
    }

    /// Reads "en", "es", "EN", "es-MX"…; anything else is `None`.
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Lang::En),
            "es" => Some(Lang::Es),
            _ => None,
        }
    }
}

impl Serialize for Lang {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.base.serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Lang {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Base::deserialize(deserializer).map(|base| Lang { base, style: Style::Default })
    }
}

/// Text typed by a reporter: one string used as typed in every language, or one per language.
/// `"alleged gang members"` or `{"en": "alleged gang members", "es": "presuntos pandilleros"}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Text {
    /// One text for every language, used as typed.
    Same(String),
    /// A text per language; either may be missing, and the other is then shown, quoted.
    PerLang {
        /// The English text.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        en: Option<String>,
        /// The Spanish text.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        es: Option<String>,
    },
}

/// Read by hand rather than derived: `#[serde(untagged)]` would buffer every text through
/// serde's `Content` and try each variant in turn, which costs the browser's download several
/// kilobytes of generic code for a choice one look at the JSON type makes. The visitor is shared
/// with counts and the version (`model::ScalarVisitor`).
impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        match deserializer.deserialize_any(ScalarVisitor(Want::Text))? {
            Scalar::Text(t) => Ok(t),
            // Never: the visitor answers in the kind it is asked for.
            _ => Ok(Text::Same(String::new())),
        }
    }
}

impl Text {
    /// The text for `lang`, falling back to the other language as typed; `None` when blank.
    pub fn get(&self, lang: Lang) -> Option<&str> {
        fn pick(s: &Option<String>) -> Option<&str> {
            s.as_deref().map(str::trim).filter(|s| !s.is_empty())
        }
        match self {
            Text::Same(s) => Some(s.trim()).filter(|s| !s.is_empty()),
            Text::PerLang { en, es } => match lang.base() {
                Base::En => pick(en).or_else(|| pick(es)),
                Base::Es => pick(es).or_else(|| pick(en)),
            },
        }
    }

    /// Whether the text for `lang` was typed in that language (not borrowed from the other).
    pub fn is_native(&self, lang: Lang) -> bool {
        match self {
            Text::Same(_) => true,
            Text::PerLang { en, es } => {
                let has = |s: &Option<String>| s.as_deref().is_some_and(|s| !s.trim().is_empty());
                match lang.base() {
                    Base::En => has(en),
                    Base::Es => has(es),
                }
            }
        }
    }
}

impl From<&str> for Text {
    fn from(s: &str) -> Self {
        Text::Same(s.to_string())
    }
}

/// Lower case for Latin-1 letters (A–Z, À–Þ), which covers English and Spanish; any other
/// character is kept as written. Deliberately not `str::to_lowercase`: its Unicode tables would
/// be the largest thing in the browser's download (about 13 KB compressed), for words that are
/// the core's own or a reporter's label.
pub(crate) fn lowercase(s: &str) -> String {
    s.chars().map(lower_char).collect()
}

/// The first letter lower-cased, the rest as written: a heading ("People arrested by ICE") in
/// running text ("people arrested by ICE"), without touching the names in it.
pub(crate) fn lowercase_first(s: &str) -> String {
    let mut chars = s.chars();
    chars.next().map(lower_char).into_iter().chain(chars).collect()
}

pub(crate) fn lower_char(c: char) -> char {
    match c {
        'A'..='Z' | 'À'..='Þ' if c != '×' => char::from_u32(c as u32 + 0x20).unwrap_or(c),
        _ => c,
    }
}

/// Upper case for Latin-1 letters, as `lowercase`: for sentences that open with a generated
/// phrase (`phrase::capitalize_from`).
pub(crate) fn upper_char(c: char) -> char {
    match c {
        'a'..='z' | 'à'..='þ' if c != '÷' => char::from_u32(c as u32 - 0x20).unwrap_or(c),
        _ => c,
    }
}

#[cfg(test)]
mod case_tests {
    use super::*;

    #[test]
    fn a_packed_language_reads_back() {
        for (_, base, style) in Style::NAMES {
            let lang = Lang { base, style };
            assert_eq!(Lang::unpacked(lang.packed()), Some(lang));
        }
        assert_eq!(Lang::unpacked(0), None);
    }

    #[test]
    fn latin_1_case_covers_english_and_spanish() {
        assert_eq!(lowercase("Deportaciones ÁÉÍÓÚÑÜ × Straße"), "deportaciones áéíóúñü × straße");
        assert_eq!(upper_char('í'), 'Í');
        assert_eq!(upper_char('ñ'), 'Ñ');
        assert_eq!(upper_char('÷'), '÷');
        assert_eq!(upper_char('“'), '“');
        assert_eq!(upper_char('ß'), 'ß');
    }
}
