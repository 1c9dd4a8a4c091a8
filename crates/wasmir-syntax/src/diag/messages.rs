//! Fluent message catalogues, one per shipped language, compiled into the binary.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
use unic_langid::LanguageIdentifier;

/// A shipped language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Locale {
    /// English (the reference catalogue; every code has a message here).
    EnUs,
    /// French.
    Fr,
    /// Simplified Chinese.
    ZhCn,
    /// Hindi.
    Hi,
    /// Spanish.
    Es,
    /// Arabic (written right to left; see [`Locale::is_rtl`]).
    Ar,
}

impl Locale {
    /// Picks a locale from a POSIX locale string such as `fr_FR.UTF-8` or a BCP 47 tag such as
    /// `fr`; anything unknown gives English.
    pub fn from_tag(tag: &str) -> Locale {
        let lang = tag.split(['_', '-', '.']).next().unwrap_or("");
        match lang.to_ascii_lowercase().as_str() {
            "fr" => Locale::Fr,
            // Every Chinese tag gets the Simplified catalogue, the only Chinese one.
            "zh" => Locale::ZhCn,
            "hi" => Locale::Hi,
            "es" => Locale::Es,
            "ar" => Locale::Ar,
            _ => Locale::EnUs,
        }
    }

    /// The language the environment asks for: the first non-empty of `WIRC_LANG`, `LC_ALL`,
    /// `LC_MESSAGES`, `LANG` (WasmIR's own variable first, then POSIX precedence), read with
    /// [`Locale::from_tag`]; `C`, `POSIX` and unknown languages give English, and so does an
    /// environment that sets none of them. Both `wirc` and mir-export call this.
    pub fn from_env() -> Locale {
        Locale::from_vars(|name| std::env::var(name).ok())
    }

    /// [`Locale::from_env`] over any source of variables (`var(name)` is the value of `name`, if
    /// set), so that the precedence is testable without touching the process environment.
    pub fn from_vars(var: impl Fn(&str) -> Option<String>) -> Locale {
        const VARS: [&str; 4] = ["WIRC_LANG", "LC_ALL", "LC_MESSAGES", "LANG"];
        VARS.iter().find_map(|&name| var(name).filter(|v| !v.is_empty())).map_or(Locale::EnUs, |v| Locale::from_tag(&v))
    }

    /// Every shipped locale, English first.
    pub const ALL: &'static [Locale] = &[Locale::EnUs, Locale::Fr, Locale::ZhCn, Locale::Hi, Locale::Es, Locale::Ar];

    /// The BCP 47 tag of the catalogue (its directory under `locales/`).
    pub fn tag(self) -> &'static str {
        match self {
            Locale::EnUs => "en-US",
            Locale::Fr => "fr",
            Locale::ZhCn => "zh-CN",
            Locale::Hi => "hi",
            Locale::Es => "es",
            Locale::Ar => "ar",
        }
    }

    /// Whether the language is written right to left.
    pub fn is_rtl(self) -> bool {
        self == Locale::Ar
    }

    /// The Fluent sources of this locale's catalogue, `(stage, text)` with `stage` the file's name
    /// without `.ftl` (`syntax`, `verify`, `emit`, `driver`, `export`, and `explain`: the long
    /// explanations `eNNNN-explain` that `wirc explain` prints), in loading order.
    pub fn sources(self) -> &'static [(&'static str, &'static str)] {
        // One file per compiler stage, so that each stage's owners edit their own catalogue.
        match self {
            Locale::EnUs => &[
                ("syntax", include_str!("../../locales/en-US/syntax.ftl")),
                ("verify", include_str!("../../locales/en-US/verify.ftl")),
                ("emit", include_str!("../../locales/en-US/emit.ftl")),
                ("driver", include_str!("../../locales/en-US/driver.ftl")),
                ("export", include_str!("../../locales/en-US/export.ftl")),
                ("explain", include_str!("../../locales/en-US/explain.ftl")),
            ],
            Locale::Fr => &[
                ("syntax", include_str!("../../locales/fr/syntax.ftl")),
                ("verify", include_str!("../../locales/fr/verify.ftl")),
                ("emit", include_str!("../../locales/fr/emit.ftl")),
                ("driver", include_str!("../../locales/fr/driver.ftl")),
                ("export", include_str!("../../locales/fr/export.ftl")),
                ("explain", include_str!("../../locales/fr/explain.ftl")),
            ],
            Locale::ZhCn => &[
                ("syntax", include_str!("../../locales/zh-CN/syntax.ftl")),
                ("verify", include_str!("../../locales/zh-CN/verify.ftl")),
                ("emit", include_str!("../../locales/zh-CN/emit.ftl")),
                ("driver", include_str!("../../locales/zh-CN/driver.ftl")),
                ("export", include_str!("../../locales/zh-CN/export.ftl")),
                ("explain", include_str!("../../locales/zh-CN/explain.ftl")),
            ],
            Locale::Hi => &[
                ("syntax", include_str!("../../locales/hi/syntax.ftl")),
                ("verify", include_str!("../../locales/hi/verify.ftl")),
                ("emit", include_str!("../../locales/hi/emit.ftl")),
                ("driver", include_str!("../../locales/hi/driver.ftl")),
                ("export", include_str!("../../locales/hi/export.ftl")),
                ("explain", include_str!("../../locales/hi/explain.ftl")),
            ],
            Locale::Es => &[
                ("syntax", include_str!("../../locales/es/syntax.ftl")),
                ("verify", include_str!("../../locales/es/verify.ftl")),
                ("emit", include_str!("../../locales/es/emit.ftl")),
                ("driver", include_str!("../../locales/es/driver.ftl")),
                ("export", include_str!("../../locales/es/export.ftl")),
                ("explain", include_str!("../../locales/es/explain.ftl")),
            ],
            Locale::Ar => &[
                ("syntax", include_str!("../../locales/ar/syntax.ftl")),
                ("verify", include_str!("../../locales/ar/verify.ftl")),
                ("emit", include_str!("../../locales/ar/emit.ftl")),
                ("driver", include_str!("../../locales/ar/driver.ftl")),
                ("export", include_str!("../../locales/ar/export.ftl")),
                ("explain", include_str!("../../locales/ar/explain.ftl")),
            ],
        }
    }
}

/// The message catalogue of one language with English as fallback for missing messages.
pub struct Messages {
    primary: FluentBundle<FluentResource>,
    fallback: Option<FluentBundle<FluentResource>>,
}

fn bundle(locale: Locale) -> FluentBundle<FluentResource> {
    let id: LanguageIdentifier = locale.tag().parse().unwrap_or_default();
    let mut b = FluentBundle::new(vec![id]);
    // Unicode isolation marks would end up in terminals and golden files; in a right-to-left
    // language they are what keeps a left-to-right argument (a name, a type, a number) from being
    // reordered with the words around it by a terminal that applies the bidirectional algorithm.
    b.set_use_isolating(locale.is_rtl());
    for (_, src) in locale.sources() {
        // The catalogues are compiled in and checked by `every_catalogue_parses`; a syntax error
        // in one only loses that resource's messages, which then fall back to the code itself.
        if let Ok(res) = FluentResource::try_new((*src).to_string()) {
            let _ = b.add_resource(res);
        }
    }
    b
}

impl Messages {
    /// Loads the catalogue for `locale`.
    pub fn new(locale: Locale) -> Messages {
        let fallback = (locale != Locale::EnUs).then(|| bundle(Locale::EnUs));
        Messages { primary: bundle(locale), fallback }
    }

    /// Formats message `id` (or its attribute `attr`) with `args`; `None` when no catalogue has it.
    pub fn format(&self, id: &str, attr: Option<&str>, args: &[(&'static str, String)]) -> Option<String> {
        let mut fargs = FluentArgs::new();
        for (k, v) in args {
            fargs.set(*k, v.clone());
        }
        self.format_fluent(id, attr, &fargs)
    }

    /// [`Messages::format`] with Fluent arguments. Diagnostic arguments are strings (an `i128`
    /// literal would lose digits as a Fluent number); this is for the few messages that select a
    /// plural form, which Fluent does only on numbers.
    pub(crate) fn format_fluent(&self, id: &str, attr: Option<&str>, fargs: &FluentArgs<'_>) -> Option<String> {
        for b in std::iter::once(&self.primary).chain(self.fallback.as_ref()) {
            let Some(msg) = b.get_message(id) else { continue };
            let pattern = match attr {
                None => msg.value(),
                Some(a) => msg.get_attribute(a).map(|a| a.value()),
            };
            if let Some(p) = pattern {
                let mut errs = Vec::new();
                return Some(b.format_pattern(p, Some(fargs), &mut errs).into_owned());
            }
        }
        None
    }

    /// Whether the catalogue (without fallback) has message `id`.
    pub fn has(&self, id: &str) -> bool {
        self.primary.has_message(id)
    }

    /// Whether the catalogue (without fallback) has message `id` with attribute `attr`.
    pub fn has_attribute(&self, id: &str, attr: &str) -> bool {
        self.primary.get_message(id).is_some_and(|m| m.get_attribute(attr).is_some())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_catalogue_parses() {
        for &locale in Locale::ALL {
            for (_, src) in locale.sources() {
                if let Err((_, errs)) = FluentResource::try_new((*src).to_string()) {
                    panic!("{locale:?}: {errs:?}");
                }
            }
        }
    }

    /// Every message of every file of one catalogue, as `(file, id, attribute)` with the set of
    /// variables (`$name`) its text uses; a line-based reading of Fluent that suffices for these
    /// catalogues (messages start at column 0, attributes are indented `.name =`).
    fn messages_of(
        locale: Locale,
    ) -> std::collections::BTreeMap<(String, String, String), std::collections::BTreeSet<String>> {
        let mut out = std::collections::BTreeMap::new();
        for (file, src) in locale.sources() {
            let mut key: Option<(String, String, String)> = None;
            for line in src.lines() {
                if line.starts_with('#') || line.trim().is_empty() {
                    continue;
                }
                let trimmed = line.trim_start();
                if !line.starts_with(' ') {
                    if let Some((id, _)) = line.split_once('=') {
                        key = Some((file.to_string(), id.trim().to_string(), String::new()));
                    }
                } else if let Some(rest) = trimmed.strip_prefix('.') {
                    if let (Some((attr, _)), Some(k)) = (rest.split_once('='), key.as_mut()) {
                        k.2 = attr.trim().to_string();
                    }
                }
                if let Some(k) = &key {
                    let vars: &mut std::collections::BTreeSet<String> = out.entry(k.clone()).or_default();
                    for part in line.split('$').skip(1) {
                        let name: String =
                            part.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-').collect();
                        if !name.is_empty() {
                            vars.insert(name);
                        }
                    }
                }
            }
        }
        out
    }

    /// Full coverage: every locale has every message and attribute of the English catalogue,
    /// in the same file, no other, and uses no variable the program does not pass.
    #[test]
    fn every_locale_has_every_message_and_only_known_variables() {
        let english = messages_of(Locale::EnUs);
        for &locale in &Locale::ALL[1..] {
            let other = messages_of(locale);
            for (key, vars) in &english {
                let Some(theirs) = other.get(key) else { panic!("{locale:?} lacks {key:?}") };
                let unknown: Vec<_> = theirs.difference(vars).collect();
                assert!(unknown.is_empty(), "{locale:?} {key:?} uses unknown variables {unknown:?}");
            }
            for key in other.keys() {
                assert!(english.contains_key(key), "{locale:?} has {key:?}, which English has not");
            }
        }
    }

    #[test]
    fn locale_tags() {
        assert_eq!(Locale::from_tag("fr_FR.UTF-8"), Locale::Fr);
        assert_eq!(Locale::from_tag("en_US.UTF-8"), Locale::EnUs);
        assert_eq!(Locale::from_tag("C"), Locale::EnUs);
        assert_eq!(Locale::from_tag("POSIX"), Locale::EnUs);
        assert_eq!(Locale::from_tag("fr-CA"), Locale::Fr);
        assert_eq!(Locale::from_tag("zh_CN.UTF-8"), Locale::ZhCn);
        assert_eq!(Locale::from_tag("zh-Hans"), Locale::ZhCn);
        assert_eq!(Locale::from_tag("hi_IN.UTF-8"), Locale::Hi);
        assert_eq!(Locale::from_tag("es_ES.UTF-8"), Locale::Es);
        assert_eq!(Locale::from_tag("es-419"), Locale::Es);
        assert_eq!(Locale::from_tag("ar_EG.UTF-8"), Locale::Ar);
        for &l in Locale::ALL {
            assert_eq!(Locale::from_tag(l.tag()), l);
        }
    }

    /// `from_env`'s precedence, over a fake environment: the process environment is never touched.
    #[test]
    fn locale_from_vars() {
        let env = |vars: &'static [(&'static str, &'static str)]| {
            move |name: &str| vars.iter().find(|(k, _)| *k == name).map(|(_, v)| v.to_string())
        };
        assert_eq!(Locale::from_vars(env(&[])), Locale::EnUs);
        assert_eq!(Locale::from_vars(env(&[("LANG", "fr_FR.UTF-8")])), Locale::Fr);
        assert_eq!(Locale::from_vars(env(&[("LANG", "fr_FR.UTF-8"), ("LC_MESSAGES", "C")])), Locale::EnUs);
        assert_eq!(Locale::from_vars(env(&[("LC_MESSAGES", "fr"), ("LC_ALL", "POSIX")])), Locale::EnUs);
        assert_eq!(Locale::from_vars(env(&[("LC_ALL", "fr_BE"), ("WIRC_LANG", "en")])), Locale::EnUs);
        assert_eq!(Locale::from_vars(env(&[("LC_ALL", "en_US.UTF-8"), ("WIRC_LANG", "fr")])), Locale::Fr);
        // An empty variable counts as unset: the next one decides.
        assert_eq!(Locale::from_vars(env(&[("WIRC_LANG", ""), ("LC_ALL", ""), ("LANG", "fr_FR")])), Locale::Fr);
    }
}
