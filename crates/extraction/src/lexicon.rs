//! The extraction lexicons: event triggers, the taxonomy cross-walk, noun
//! classes, and the CAMEO interaction verbs and their topics, read from the tab-separated files in `crates/extraction/data/`
//! (their formats are documented in each file's header). They are compiled
//! into the binary and parsed once, on first use.
//!
//! Keeping them as data means a new trigger or a corrected CAMEO code is a
//! one-line change that a domain expert can review, with no Rust involved.

// foldhash, not the standard SipHash: these tables are compiled-in data,
// looked up for every word of every parsed sentence.
use foldhash::{HashMap, HashMapExt, HashSet, HashSetExt};
use std::sync::OnceLock;

use sitrep_schema::{Acled, EventKind, Plover};

const TAXONOMY_TSV: &str = include_str!("../data/taxonomy.tsv");
const TRIGGERS_TSV: &str = include_str!("../data/triggers.tsv");
const NOUNS_TSV: &str = include_str!("../data/nouns.tsv");
const IRREGULAR_TSV: &str = include_str!("../data/irregular_forms.tsv");
const STATEMENTS_TSV: &str = include_str!("../data/statements.tsv");
const CAMEO_VERBS_TSV: &str = include_str!("../data/cameo_verbs.tsv");
const CAMEO_TOPICS_TSV: &str = include_str!("../data/cameo_topics.tsv");

/// Words, besides triggers and statement verbs, that make a sentence worth
/// parsing: casualty cues and the support verbs of nominal events, and
/// "target" for a force's own report of a strike ("confirmed it had
/// targeted him", a claim), and words of taking part in an act.
const EXTRA_CUES: &[&str] = &[
    "kill", "die", "wound", "injur", "hurt", "toll", "dead", "casualt", "bod", "responsib", "claim", "carr", "behind",
    "took", "take", "accept", "admit", "attribut", "blam", "accus", "fatalit", "victim", "maim", "perish", "target",
    // "suspicion fell on", "fingers pointed at": who is suspected.
    "suspic", "finger",
    // "members of the army participated in the crime": who took part.
    "particip", "involv", "implicat",
];

/// Part of speech a trigger must have.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TriggerPos {
    Verb,
    Noun,
}

/// How a trigger's syntactic arguments map to roles.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Frame {
    /// Subject = perpetrator, object = target or victim.
    Agent,
    /// Subject = the weapon ("a bomb exploded").
    Device,
    /// Subject = one side, "with"/"against" = the other (clashes).
    Mutual,
    /// Subject = participants (protests, riots).
    Crowd,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TriggerEntry {
    /// Lower-case lemmas, matched on consecutive words.
    pub lemmas: Vec<String>,
    pub pos: TriggerPos,
    pub kind: EventKind,
    pub subtype: Option<String>,
    pub weapon: Option<String>,
    pub frame: Frame,
    pub suicide: bool,
    pub reflexive_suicide: bool,
    pub needs_object: bool,
    /// Only an event when a weapon is named in its clause ("fired their
    /// guns", "the bomb was activated"); "fired the manager" is none.
    pub needs_weapon: bool,
    /// Only an event when its subject is a crowd of protesters
    /// ("protesters marched", "thousands of students rallied"); "troops
    /// marched into the town" is none.
    pub needs_crowd: bool,
    /// The verb's doer stopped the act rather than did it ("police defused
    /// a bomb", "a charge was deactivated by army experts"): an attempted
    /// act whose subject or "by" phrase is no perpetrator.
    pub foiled: bool,
    /// Only an event when what the verb acts on is a dead person's remains
    /// ("the bodies of three men were found"); its subject found them and
    /// is no perpetrator.
    pub needs_remains: bool,
    /// Only an event when the weapon is what the verb puts ("left a bomb
    /// at the door", "a grenade left by the attackers"): with the weapon
    /// as its subject, "the bomb left three dead" tells of the toll.
    pub weapon_put: bool,
    /// Only an event when the noun is an act of force by its context: the
    /// object of a verb of carrying one out ("launched a strike"), or
    /// followed by what it hit ("strikes on the port"). A "strike" of
    /// workers is called, staged or gone on.
    pub needs_deed: bool,
    /// Only an event when what the verb enters is a building, a vehicle
    /// or a place ("gunmen broke into the house", "burst into a church"):
    /// "broke into tears", "burst into laughter" are none.
    pub needs_place: bool,
}

/// Where the recipient of a CAMEO interaction is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Slot {
    /// The direct object (the subject of a passive).
    Object,
    /// The object of this preposition.
    Prep(String),
}

/// One row of `cameo_verbs.tsv`: a pattern that signals a CAMEO interaction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InteractionEntry {
    /// Lower-case lemmas of the fixed words, the head included.
    pub words: Vec<String>,
    pub pos: TriggerPos,
    /// Lemmas one of which the direct object must have (empty: any).
    pub objects: Vec<String>,
    /// Where the recipient is, tried in order.
    pub recipients: Vec<Slot>,
    pub kind: EventKind,
    pub subtype: Option<String>,
    pub mutual: bool,
    pub topic: bool,
    pub needs_complement: bool,
    pub needs_recipient: bool,
    pub actor_recipient: bool,
    pub phone: bool,
    /// The subject is the recipient and the prepositional object the
    /// initiator ("received weapons from").
    pub reverse: bool,
    /// Only an event when the complement's topic is known ("wants to meet").
    pub needs_topic: bool,
    /// Hosting a visit: the guest visited the host too ("received the
    /// ministers": the ministers visited), which CAMEO codes as a visit
    /// (042) in the other direction.
    pub guest_visits: bool,
    /// With an object and an infinitive ("wants Iran to talk") the verb is
    /// an appeal to the object.
    pub object_appeal: bool,
    /// The complement must be about the future ("said it would").
    pub future_complement: bool,
    /// The past participle right before a bare noun is an adjective, no
    /// act ("armed groups", "armed men"; "Iran armed the rebels" is one).
    pub participle_adjective: bool,
    /// File line, for messages and tests.
    pub line: usize,
}

impl InteractionEntry {
    /// The head lemma: a verb pattern's first word, a noun pattern's last.
    pub fn head(&self) -> &str {
        match self.pos {
            TriggerPos::Verb => &self.words[0],
            TriggerPos::Noun => &self.words[self.words.len() - 1],
        }
    }

    /// How constrained the pattern is; more constrained patterns are tried first.
    fn weight(&self) -> usize {
        self.words.len() * 2
            + usize::from(!self.objects.is_empty()) * 2
            + usize::from(self.needs_recipient || self.actor_recipient || self.needs_complement || self.phone || self.needs_topic)
    }
}

/// One row of the taxonomy cross-walk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Crosswalk {
    pub kind: EventKind,
    pub subtype: Option<String>,
    pub cameo: Option<String>,
    pub plover: Option<Plover>,
    pub acled: Option<Acled>,
    pub gtd: Option<String>,
    pub description: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NounClass {
    Person,
    Agent,
    Force,
    Facility,
    Weapon,
    /// Accidents and natural disasters: causes of death that are no act
    /// of violence ("a bus crash", "an earthquake").
    Mishap,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NounEntry {
    pub class: NounClass,
    /// Weapon type for weapons.
    pub detail: Option<String>,
}

/// All lexicons, indexed for lookup.
#[derive(Debug)]
pub struct Lexicon {
    /// Trigger entries by their first lemma.
    triggers: HashMap<String, Vec<TriggerEntry>>,
    crosswalk: HashMap<(EventKind, Option<String>), Crosswalk>,
    /// Nouns by lemma; multi-word lemmas by their full text.
    nouns: HashMap<String, NounEntry>,
    /// Longest multi-word noun, in words.
    pub max_noun_words: usize,
    /// Stems (lower case) of every word that can start a trigger, a
    /// statement or a casualty phrase; see [`Lexicon::may_matter`].
    cue_stems: Vec<String>,
    /// Whole word forms that are cues (interaction words and their
    /// inflections, irregular forms of cue lemmas); see [`Lexicon::may_matter`].
    cue_forms: HashSet<String>,
    /// Inflected head forms of multi-word triggers and CAMEO interaction
    /// patterns, each with the inflected forms of the other words one of
    /// which it needs (empty: none). Every inflection of a head shares its
    /// pattern's list: copying it per form was most of the lexicon's load.
    pattern_cues: HashMap<String, Vec<std::sync::Arc<[String]>>>,
    /// CAMEO interaction patterns by head lemma, most constrained first.
    interactions: HashMap<String, Vec<InteractionEntry>>,
    /// Complement lemma phrases and `=kind/subtype` keys to topics.
    topics: HashMap<String, String>,
    /// Word forms of one-word event triggers ("ambush", "ambushed",
    /// "bombings", "shot"): content words, whatever the tagger thinks.
    event_forms: HashSet<String>,
    /// Irregular verb forms and their lemmas ("shot" → "shoot").
    irregular: HashMap<String, String>,
}

/// The regular inflections of an English word and its doer and act nouns:
/// "meet" → meets, meeting, meeted (harmless); "agree" → agrees, agreed,
/// agreeing; "supply" → supplies, supplied; "kidnap" → kidnapped,
/// kidnappers; "accuse" → accusation. Irregular forms come from
/// `irregular_forms.tsv`.
fn inflections(word: &str) -> Vec<String> {
    let mut out = vec![word.to_string(), format!("{word}s"), format!("{word}es"), format!("{word}ed"), format!("{word}d"), format!("{word}ing")];
    // The doers and the act, which tell of the event as much: attackers,
    // kidnappers, rejection, accusation, seizure.
    for suffix in ["er", "ers", "r", "rs", "ion", "ions", "ation", "ations"] {
        out.push(format!("{word}{suffix}"));
    }
    if let Some(stem) = word.strip_suffix('e') {
        out.push(format!("{stem}ing"));
        for suffix in ["ation", "ations", "ure", "ures"] {
            out.push(format!("{stem}{suffix}"));
        }
    }
    if let Some(stem) = word.strip_suffix('y') {
        out.push(format!("{stem}ies"));
        out.push(format!("{stem}ied"));
    }
    let bytes = word.as_bytes();
    if bytes.len() >= 3 {
        let (a, b, c) = (bytes[bytes.len() - 3], bytes[bytes.len() - 2], bytes[bytes.len() - 1]);
        let vowel = |x: u8| b"aeiou".contains(&x);
        if !vowel(a) && vowel(b) && !vowel(c) && !b"wxy".contains(&c) {
            let last = c as char;
            for suffix in ["ed", "ing", "er", "ers"] {
                out.push(format!("{word}{last}{suffix}"));
            }
        }
    }
    out
}

fn dash(s: &str) -> Option<String> {
    let s = s.trim();
    (s != "-" && !s.is_empty()).then(|| s.to_string())
}

fn rows(tsv: &'static str) -> impl Iterator<Item = (usize, Vec<&'static str>)> {
    tsv.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|(i, l)| (i + 1, l.split('\t').collect()))
}

/// Errors in the compiled-in data files are build errors; tests load the
/// lexicon, so a bad row fails CI with the file and line.
fn parse_kind(s: &str, file: &str, line: usize) -> EventKind {
    EventKind::parse(s).unwrap_or_else(|| panic!("{file}:{line}: unknown event kind {s:?}"))
}

impl Lexicon {
    /// The compiled-in lexicon, parsed on first use.
    pub fn get() -> &'static Lexicon {
        static CELL: OnceLock<Lexicon> = OnceLock::new();
        CELL.get_or_init(Lexicon::load)
    }

    fn load() -> Lexicon {
        let mut crosswalk = HashMap::new();
        for (line, cols) in rows(TAXONOMY_TSV) {
            assert!(cols.len() >= 9, "taxonomy.tsv:{line}: expected 9 columns, found {}", cols.len());
            let kind = parse_kind(cols[0], "taxonomy.tsv", line);
            let subtype = dash(cols[1]);
            let entry = Crosswalk {
                kind,
                subtype: subtype.clone(),
                cameo: dash(cols[2]),
                plover: dash(cols[3]).map(|t| Plover { event_type: t, mode: dash(cols[4]) }),
                acled: dash(cols[5]).map(|t| Acled { event_type: t, sub_event_type: dash(cols[6]) }),
                gtd: dash(cols[7]),
                description: cols[8].trim().to_string(),
            };
            crosswalk.insert((kind, subtype), entry);
        }
        let mut triggers: HashMap<String, Vec<TriggerEntry>> = HashMap::new();
        for (line, cols) in rows(TRIGGERS_TSV) {
            assert!(cols.len() >= 7, "triggers.tsv:{line}: expected 7 columns, found {}", cols.len());
            let lemmas: Vec<String> = cols[0].split_whitespace().map(str::to_lowercase).collect();
            let pos = match cols[1] {
                "V" => TriggerPos::Verb,
                "N" => TriggerPos::Noun,
                other => panic!("triggers.tsv:{line}: pos must be V or N, found {other:?}"),
            };
            let kind = parse_kind(cols[2], "triggers.tsv", line);
            let subtype = dash(cols[3]);
            assert!(
                crosswalk.contains_key(&(kind, subtype.clone())),
                "triggers.tsv:{line}: ({}, {:?}) is not in taxonomy.tsv",
                kind.as_str(),
                subtype
            );
            let frame = match cols[5] {
                "agent" => Frame::Agent,
                "device" => Frame::Device,
                "mutual" => Frame::Mutual,
                "crowd" => Frame::Crowd,
                other => panic!("triggers.tsv:{line}: unknown frame {other:?}"),
            };
            let flags: Vec<&str> = cols[6].split(',').map(str::trim).collect();
            let entry = TriggerEntry {
                lemmas: lemmas.clone(),
                pos,
                kind,
                subtype,
                weapon: dash(cols[4]),
                frame,
                suicide: flags.contains(&"suicide"),
                reflexive_suicide: flags.contains(&"reflexive-suicide"),
                needs_object: flags.contains(&"needs-object"),
                needs_weapon: flags.contains(&"needs-weapon"),
                needs_crowd: flags.contains(&"needs-crowd"),
                foiled: flags.contains(&"foiled"),
                needs_remains: flags.contains(&"needs-remains"),
                weapon_put: flags.contains(&"weapon-put"),
                needs_deed: flags.contains(&"needs-deed"),
                needs_place: flags.contains(&"needs-place"),
            };
            triggers.entry(lemmas[0].clone()).or_default().push(entry);
        }
        // Longest phrases first, so that "car bombing" wins over "bombing".
        for list in triggers.values_mut() {
            list.sort_by_key(|t| std::cmp::Reverse(t.lemmas.len()));
        }
        let mut nouns = HashMap::new();
        let mut max_noun_words = 1;
        for (line, cols) in rows(NOUNS_TSV) {
            assert!(cols.len() >= 3, "nouns.tsv:{line}: expected 3 columns");
            let class = match cols[1] {
                "person" => NounClass::Person,
                "agent" => NounClass::Agent,
                "force" => NounClass::Force,
                "facility" => NounClass::Facility,
                "weapon" => NounClass::Weapon,
                "mishap" => NounClass::Mishap,
                other => panic!("nouns.tsv:{line}: unknown class {other:?}"),
            };
            let lemma = cols[0].trim().to_lowercase();
            max_noun_words = max_noun_words.max(lemma.split_whitespace().count());
            nouns.insert(lemma, NounEntry { class, detail: dash(cols[2]) });
        }
        let interactions = load_interactions(&crosswalk);
        let mut topics = HashMap::new();
        for (line, cols) in rows(CAMEO_TOPICS_TSV) {
            assert!(cols.len() >= 2, "cameo_topics.tsv:{line}: expected 2 columns");
            let key = cols[0].trim().to_lowercase();
            if let Some(k) = key.strip_prefix('=') {
                let kind = k.split('/').next().unwrap_or("");
                parse_kind(kind, "cameo_topics.tsv", line);
            }
            topics.insert(key, cols[1].trim().to_string());
        }
        // Which sentences are worth parsing (see [`Lexicon::may_matter`] and
        // [`Lexicon::pattern_may_matter`]). Cue words match as whole
        // inflected forms: as prefixes, "car" (of "car bomb") matched
        // "Carlos", "fir" (of "fire") "first", "end" and "aid" half the
        // vocabulary. A pattern of several words, or with a required object,
        // needs its head and one of its other words in the sentence ("car
        // bomb", "held talks"), not the head alone.
        let mut cue_forms: HashSet<String> = HashSet::new();
        let mut event_forms: HashSet<String> = HashSet::new();
        let mut pattern_cues: HashMap<String, Vec<std::sync::Arc<[String]>>> = HashMap::new();
        for entries in triggers.values() {
            for t in entries {
                match t.lemmas.as_slice() {
                    [only] => {
                        cue_forms.extend(inflections(only));
                        event_forms.extend(inflections(only));
                    }
                    [first, .., last] => {
                        let others: std::sync::Arc<[String]> = inflections(last).into();
                        for form in inflections(first) {
                            pattern_cues.entry(form).or_default().push(others.clone());
                        }
                    }
                    [] => {}
                }
            }
        }
        // An interaction pattern needs its head and, when it requires one,
        // its object ("held talks"); a verb that needs a known topic ("said
        // it would release") matters through the topic's own words, which
        // are cues of their own.
        for entries in interactions.values() {
            for e in entries {
                if e.needs_topic {
                    continue;
                }
                let objects: std::sync::Arc<[String]> = e.objects.iter().flat_map(|o| inflections(o)).collect();
                for form in inflections(e.head()) {
                    pattern_cues.entry(form).or_default().push(objects.clone());
                }
            }
        }
        for (_, cols) in rows(STATEMENTS_TSV) {
            cue_forms.extend(inflections(cols[0].trim()));
        }
        // A threat's reprisal ("said it would retaliate", "warned it would
        // respond"): the reporting verb needs a topic and is no cue, so the
        // military-action topic words are, or a sentence with no other cue
        // is never parsed and its threat never found.
        for (key, topic) in &topics {
            if topic == "military_action" && !key.starts_with('=') && !key.contains(' ') {
                cue_forms.extend(inflections(key));
            }
        }
        // Words for the doer of an event ("the kidnappers demanded"), which
        // assembly links to that event.
        for (lemma, entry) in &nouns {
            if entry.class == NounClass::Agent && entry.detail.is_some() && !lemma.contains(' ') {
                cue_forms.extend(inflections(lemma));
            }
        }
        // Casualty and responsibility words stay stems: "injur" covers
        // injured, injuries, injuring.
        let mut cue_stems: Vec<String> = EXTRA_CUES.iter().map(|s| s.to_string()).collect();
        cue_stems.sort();
        cue_stems.dedup();
        // An irregular form is a cue when its lemma is one: "took" for
        // "take" (hostage), "met" for "meet"; not "had" or "made".
        // Irregular forms of cue words ("blew", "took", "met") are cues
        // exactly as their lemma is; "had" or "made" are not.
        let mut irregular: HashMap<String, String> = HashMap::new();
        for (_, cols) in rows(IRREGULAR_TSV) {
            if cols.len() < 2 {
                continue;
            }
            let (form, lemma) = (cols[0].trim(), cols[1].trim());
            irregular.insert(form.to_string(), lemma.to_string());
            if event_forms.contains(lemma) {
                event_forms.insert(form.to_string());
            }
            if cue_forms.contains(lemma) || cue_stems.iter().any(|st| lemma.starts_with(st.as_str())) {
                cue_forms.insert(form.to_string());
            }
            if let Some(patterns) = pattern_cues.get(lemma).cloned() {
                pattern_cues.entry(form.to_string()).or_default().extend(patterns);
            }
        }
        Lexicon { triggers, crosswalk, nouns, max_noun_words, cue_stems, cue_forms, event_forms, pattern_cues, interactions, topics, irregular }
    }

    /// CAMEO interaction patterns whose head lemma is `lemma`, most
    /// constrained first.
    pub fn interactions_with_head(&self, lemma: &str) -> &[InteractionEntry] {
        self.interactions.get(lemma).map(|v| v.as_slice()).unwrap_or(&[])
    }

    /// The topic of a complement key (a lemma phrase or `=kind/subtype`).
    pub fn topic(&self, key: &str) -> Option<&str> {
        self.topics.get(key).map(String::as_str)
    }

    /// True if the taxonomy has a row for (kind, subtype).
    pub fn has_subtype(&self, kind: EventKind, subtype: &str) -> bool {
        self.crosswalk.contains_key(&(kind, Some(subtype.to_string())))
    }

    /// True if a lower-cased word form is a form of a one-word event
    /// trigger ("ambushed", "bombings"): a noun, verb or adjective to the
    /// tagger, which has not seen many of them.
    pub fn is_event_form(&self, lower: &str) -> bool {
        self.event_forms.contains(lower)
    }

    /// The base verb of an irregular form of `irregular_forms.tsv`
    /// ("broken" → "break"), if it is one.
    pub fn irregular_base(&self, lower: &str) -> Option<&str> {
        self.irregular.get(lower).map(|b| b.as_str())
    }

    /// Is this lower-cased form an irregular verb form ("shot", "struck",
    /// "blew") of `irregular_forms.tsv`?
    pub fn may_be_irregular_past(&self, lower: &str) -> bool {
        self.irregular.contains_key(lower)
    }

    /// A cheap test on a lower-cased word form: could it start an event
    /// trigger, a statement or a casualty phrase (CAMEO interactions: see
    /// [`Lexicon::pattern_may_matter`])? Sentences with no such
    /// word are not parsed at all, which is most of what makes the pipeline
    /// fast: parsing is the costly stage.
    pub fn may_matter(&self, lower: &str) -> bool {
        if lower.len() < 3 {
            return false;
        }
        if self.cue_forms.contains(lower) {
            return true;
        }
        // Stems sorted: the candidates share the word's first byte.
        let first = lower.as_bytes()[0];
        let from = self.cue_stems.partition_point(|s| s.as_bytes()[0] < first);
        self.cue_stems[from..].iter().take_while(|s| s.as_bytes()[0] == first).any(|s| lower.starts_with(s.as_str()))
    }

    /// Could a sentence with these lower-cased word forms hold a
    /// multi-word trigger or a CAMEO interaction? Only when a pattern's head
    /// is there together with one of the other words it requires.
    pub fn pattern_may_matter<S: std::hash::BuildHasher>(&self, forms: &std::collections::HashSet<&str, S>) -> bool {
        forms.iter().any(|f| {
            self.pattern_cues.get(*f).is_some_and(|patterns| {
                patterns.iter().any(|objects| objects.is_empty() || objects.iter().any(|o| forms.contains(o.as_str())))
            })
        })
    }

    /// Is `lemma` the last word of a multi-word noun trigger of an act of
    /// force ("strike" of "air strike", "raid" of "air raid")? Alone it is
    /// no trigger ("a general strike"), but as what a group claimed
    /// ("claimed the strike") it stands for the act. Scans the table: only
    /// asked of a claim's object.
    pub fn heads_violent_noun_trigger(&self, lemma: &str) -> bool {
        self.triggers.values().flatten().any(|t| {
            t.pos == TriggerPos::Noun
                && t.lemmas.len() > 1
                && t.lemmas.last().is_some_and(|l| l == lemma)
                && matches!(t.kind, EventKind::Attack | EventKind::Killing | EventKind::Clash | EventKind::Kidnapping)
        })
    }

    /// Trigger entries whose first lemma is `lemma`, longest first.
    pub fn triggers_starting(&self, lemma: &str) -> &[TriggerEntry] {
        self.triggers.get(lemma).map(|v| v.as_slice()).unwrap_or(&[])
    }

    /// Trigger entries that may start at a word with this lemma and form.
    /// A verb the lemmatiser does not know may lose the final "e" its
    /// lemma has ("dynamited" → "dynamit"): the trigger list, being a
    /// closed set of lemmas, says which stem was meant; an irregular form
    /// it left unchanged ("shot") is looked up in `irregular_forms.tsv`.
    pub fn triggers_at_word(&self, lemma: &str, lower: &str) -> &[TriggerEntry] {
        let own = self.triggers_starting(lemma);
        if !own.is_empty() {
            return own;
        }
        // An irregular form the lemmatiser left as it is ("shot" as a verb).
        if let Some(base) = self.irregular.get(lower) {
            return self.triggers_starting(base);
        }
        if !(lower.ends_with("ed") || lower.ends_with("ing")) || lemma.ends_with('e') {
            return own;
        }
        self.triggers_starting(&format!("{lemma}e"))
    }

    /// The cross-walk row for a kind and subtype, falling back to the kind's
    /// general row.
    pub fn crosswalk(&self, kind: EventKind, subtype: Option<&str>) -> Option<&Crosswalk> {
        self.crosswalk
            .get(&(kind, subtype.map(str::to_string)))
            .or_else(|| self.crosswalk.get(&(kind, None)))
    }

    pub fn crosswalk_rows(&self) -> impl Iterator<Item = &Crosswalk> {
        self.crosswalk.values()
    }

    /// The class of a noun lemma or multi-word noun phrase (lower case).
    pub fn noun(&self, lemma: &str) -> Option<&NounEntry> {
        self.nouns.get(lemma)
    }

    /// Whether a lower-case word form, or a singular of it, is a lexicon noun
    /// whose class passes `keep`. The singulars are guessed ("gunmen",
    /// "militias", "troops"): the tagger may call a plural a proper noun, or
    /// the lemmatiser keep it, and these words are looked up before that.
    pub fn noun_or_its_singular(&self, form: &str, keep: impl Fn(NounClass) -> bool) -> bool {
        self.entry_or_its_singular(form, |e| keep(e.class))
    }

    /// Is the form (or its singular) a word for the doers of an attack
    /// ("attackers", "gunmen", "assailants": agents with detail "attack")?
    pub fn names_attackers(&self, form: &str) -> bool {
        self.entry_or_its_singular(form, |e| e.class == NounClass::Agent && e.detail.as_deref() == Some("attack"))
    }

    /// [`Lexicon::noun_or_its_singular`], testing the whole entry (class
    /// and detail).
    pub fn entry_or_its_singular(&self, form: &str, keep: impl Fn(&NounEntry) -> bool) -> bool {
        let singulars = [
            Some(form.to_string()),
            form.strip_suffix("men").map(|s| format!("{s}man")),
            form.strip_suffix("ies").map(|s| format!("{s}y")),
            form.strip_suffix("es").map(str::to_string),
            form.strip_suffix('s').map(str::to_string),
        ];
        singulars.into_iter().flatten().any(|lemma| self.noun(&lemma).is_some_and(&keep))
    }
}

fn load_interactions(crosswalk: &HashMap<(EventKind, Option<String>), Crosswalk>) -> HashMap<String, Vec<InteractionEntry>> {
    let mut out: HashMap<String, Vec<InteractionEntry>> = HashMap::new();
    for (line, cols) in rows(CAMEO_VERBS_TSV) {
        let at = |what: &str| format!("cameo_verbs.tsv:{line}: {what}");
        assert!(cols.len() >= 6, "{}", at(&format!("expected 6 columns, found {}", cols.len())));
        let pos = match cols[1].trim() {
            "V" => TriggerPos::Verb,
            "N" => TriggerPos::Noun,
            other => panic!("{}", at(&format!("pos must be V or N, found {other:?}"))),
        };
        let kind = parse_kind(cols[2].trim(), "cameo_verbs.tsv", line);
        let subtype = dash(cols[3]);
        let row = crosswalk.get(&(kind, subtype.clone())).unwrap_or_else(|| panic!("{}", at(&format!("({}, {subtype:?}) is not in taxonomy.tsv", kind.as_str()))));
        assert_eq!(row.cameo.as_deref(), dash(cols[4]).as_deref(), "{}", at("the CAMEO code differs from taxonomy.tsv"));
        let (mut words, mut objects, mut recipients) = (Vec::new(), Vec::new(), Vec::new());
        for item in cols[0].split_whitespace() {
            if let Some(list) = item.strip_prefix('[').and_then(|x| x.strip_suffix(']')) {
                objects = list.split('|').map(|w| w.trim().to_lowercase()).collect();
            } else if let Some(slot) = item.strip_prefix('+') {
                recipients.push(if slot == "obj" { Slot::Object } else { Slot::Prep(slot.to_lowercase()) });
            } else {
                words.push(item.to_lowercase());
            }
        }
        assert!(!words.is_empty(), "{}", at("no head word"));
        let flags: Vec<&str> = cols[5].split(',').map(str::trim).filter(|f| *f != "-").collect();
        for f in &flags {
            assert!(
                matches!(
                    *f,
                    "mutual" | "topic" | "needs-complement" | "needs-recipient" | "actor-recipient" | "phone" | "reverse" | "needs-topic" | "object-appeal" | "future-complement" | "guest-visits" | "participle-adjective"
                ),
                "{}",
                at(&format!("unknown flag {f:?}"))
            );
        }
        let entry = InteractionEntry {
            words,
            pos,
            objects,
            recipients,
            kind,
            subtype,
            mutual: flags.contains(&"mutual"),
            topic: flags.contains(&"topic"),
            needs_complement: flags.contains(&"needs-complement"),
            needs_recipient: flags.contains(&"needs-recipient"),
            actor_recipient: flags.contains(&"actor-recipient"),
            phone: flags.contains(&"phone"),
            reverse: flags.contains(&"reverse"),
            needs_topic: flags.contains(&"needs-topic"),
            guest_visits: flags.contains(&"guest-visits"),
            object_appeal: flags.contains(&"object-appeal"),
            future_complement: flags.contains(&"future-complement"),
            participle_adjective: flags.contains(&"participle-adjective"),
            line,
        };
        out.entry(entry.head().to_string()).or_default().push(entry);
    }
    for list in out.values_mut() {
        list.sort_by_key(|e| (std::cmp::Reverse(e.weight()), e.line));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_files_load_and_cross_reference() {
        let lex = Lexicon::get();
        let bombing = lex.crosswalk(EventKind::Attack, Some("suicide_bombing")).unwrap();
        assert_eq!(bombing.cameo.as_deref(), Some("1831"));
        assert_eq!(bombing.acled.as_ref().unwrap().sub_event_type.as_deref(), Some("Suicide bomb"));
        assert_eq!(bombing.gtd.as_deref(), Some("Bombing/Explosion"));
        // Unknown subtypes fall back to the kind's row.
        assert_eq!(lex.crosswalk(EventKind::Attack, Some("no_such")).unwrap().cameo.as_deref(), Some("180"));
        // Every kind has a general row.
        for kind in EventKind::ALL {
            assert!(lex.crosswalk(kind, None).is_some(), "{kind:?} has no general taxonomy row");
        }
        let car = lex.triggers_starting("car");
        assert_eq!(car[0].lemmas, ["car", "bomb", "attack"], "longest phrase first");
        assert_eq!(lex.noun("car bomb").unwrap().detail.as_deref(), Some("explosive"));
        assert_eq!(lex.noun("guerrilla").unwrap().class, NounClass::Agent);
        for form in ["attacked", "detonating", "shot", "killings", "claimed", "denied", "bombing", "toll", "wounded", "attackers", "kidnappers", "urged"] {
            assert!(lex.may_matter(form), "{form} should make a sentence worth parsing");
        }
        // Prefixes of cue words are not cues.
        for form in ["carlos", "first", "decree", "roberto", "general"] {
            assert!(!lex.may_matter(form), "{form} alone should not make a sentence worth parsing");
        }
        // Several-word triggers and interactions need their words together.
        let set = |words: &[&'static str]| words.iter().copied().collect::<std::collections::HashSet<&str>>();
        for words in [&["farc", "blew", "up", "pylon"][..], &["they", "held", "talks"], &["imposed", "sanctions", "on"], &["visited", "ankara"]] {
            assert!(lex.pattern_may_matter(&set(words)), "{words:?} should make a sentence worth parsing");
        }
        for words in [&["the", "president", "had", "made", "a", "car"][..], &["held", "a", "ceremony"]] {
            assert!(!lex.pattern_may_matter(&set(words)), "{words:?} should not make a sentence worth parsing");
        }
        assert!(!lex.interactions_with_head("meet").is_empty());
        assert_eq!(lex.topic("=concession/release_persons"), Some("release"));
        for form in ["the", "president", "weather", "economy"] {
            assert!(!lex.may_matter(form), "{form} alone should not");
        }
    }
}
