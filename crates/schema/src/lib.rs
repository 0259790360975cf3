//! The output schema of sitrep, version 1: the plain data types that every
//! pipeline stage fills and every interface (JSON Lines, the store, the HTTP
//! API) serialises.
//!
//! This crate has no logic beyond (de)serialisation and small helpers, so that
//! every other crate can depend on it without pulling anything else in. The
//! human description of each field is `docs/schema.md`; the machine one is
//! `docs/schema.v1.json`. Both must change together with this file.
//!
//! Stability rules for v1: fields are never renamed or removed and their
//! meaning never changes; new optional fields may be added (readers must
//! ignore fields they do not know). Every field documented as nullable is
//! always present, with `null` when unknown, so that consumers see the full
//! shape on every record.
//!
//! Offsets: every [`Span`] counts Unicode scalar values (Rust `char`s, Python
//! `str` indices) from the start of the document text, end exclusive. They are
//! *not* byte offsets and not UTF-16 code units.

use serde::{Deserialize, Serialize};

/// Version tag written in every output record.
pub const SCHEMA_VERSION: &str = "sitrep/1";

/// A half-open range `[start, end)` of character offsets into the document
/// text, serialised as a two-element array.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span(pub usize, pub usize);

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        Span(start, end)
    }
    pub fn start(&self) -> usize {
        self.0
    }
    pub fn end(&self) -> usize {
        self.1
    }
    pub fn len(&self) -> usize {
        self.1.saturating_sub(self.0)
    }
    pub fn is_empty(&self) -> bool {
        self.1 <= self.0
    }
    /// The smallest span covering both.
    pub fn cover(&self, other: Span) -> Span {
        Span(self.0.min(other.0), self.1.max(other.1))
    }
    pub fn overlaps(&self, other: Span) -> bool {
        self.0 < other.1 && other.0 < self.1
    }
}

/// One input document, as read from a JSON line or a plain-text file.
/// Only `text` is required in JSON input.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct InputDocument {
    #[serde(default)]
    pub id: Option<String>,
    pub text: String,
    /// Publication date, `YYYY-MM-DD`.
    #[serde(default)]
    pub published: Option<String>,
    #[serde(default)]
    pub source: Option<String>,
    #[serde(default)]
    pub url: Option<String>,
    #[serde(default)]
    pub title: Option<String>,
}

/// One output record: everything sitrep extracted from one input document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocumentResult {
    pub schema: String,
    /// The document id given in the input, or one derived from the file name
    /// and line (`file.txt`, `feed.jsonl:12`).
    pub id: String,
    /// Publication date `YYYY-MM-DD` used to resolve relative dates: the one
    /// given in the input, else the dateline's, else null.
    pub published: Option<String>,
    pub source: Option<String>,
    pub title: Option<String>,
    pub url: Option<String>,
    /// The reporting place and date in the wire-service header, if any.
    pub dateline: Option<Dateline>,
    pub events: Vec<Event>,
    pub warnings: Vec<Warning>,
    /// Set when the document could not be processed at all; `events` is then
    /// empty. The record is still emitted so that output lines stay aligned
    /// with input documents.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

impl DocumentResult {
    pub fn empty(id: impl Into<String>) -> Self {
        DocumentResult {
            schema: SCHEMA_VERSION.to_string(),
            id: id.into(),
            published: None,
            source: None,
            title: None,
            url: None,
            dateline: None,
            events: Vec::new(),
            warnings: Vec::new(),
            error: None,
        }
    }
}

/// The header of a wire report: `MOGADISHU, Somalia (Reuters) -` or
/// `SANTIAGO, 24 AUG 88 (EFE) -- [TEXT]`. The place is where the report was
/// filed, which is not necessarily where the event happened.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Dateline {
    pub place: Option<String>,
    pub date: Option<DateValue>,
    pub agency: Option<String>,
    pub span: Span,
}

/// A problem that did not stop processing, e.g. an unparseable date field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Warning {
    /// Stable machine-readable code, e.g. `invalid_published_date`.
    pub code: String,
    pub message: String,
}

impl Warning {
    pub fn new(code: impl Into<String>, message: impl Into<String>) -> Self {
        Warning { code: code.into(), message: message.into() }
    }
}

/// What kind of thing happened. Material events first, then statements
/// about events (which carry `about`), then the general CAMEO interactions
/// between two parties (added in v1.2; their parties have the roles
/// `initiator` and `recipient`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    Attack,
    Clash,
    Protest,
    Riot,
    Arrest,
    Kidnapping,
    Killing,
    Seizure,
    Claim,
    Denial,
    Accusation,
    Condemnation,
    Threat,
    Demand,
    Statement,
    Appeal,
    IntentToCooperate,
    Consultation,
    DiplomaticCooperation,
    MaterialCooperation,
    Aid,
    Concession,
    Investigation,
    Disapproval,
    Rejection,
    ForcePosture,
    ReductionOfRelations,
    Coercion,
}

impl EventKind {
    pub const ALL: [EventKind; 28] = [
        EventKind::Attack,
        EventKind::Clash,
        EventKind::Protest,
        EventKind::Riot,
        EventKind::Arrest,
        EventKind::Kidnapping,
        EventKind::Killing,
        EventKind::Seizure,
        EventKind::Claim,
        EventKind::Denial,
        EventKind::Accusation,
        EventKind::Condemnation,
        EventKind::Threat,
        EventKind::Demand,
        EventKind::Statement,
        EventKind::Appeal,
        EventKind::IntentToCooperate,
        EventKind::Consultation,
        EventKind::DiplomaticCooperation,
        EventKind::MaterialCooperation,
        EventKind::Aid,
        EventKind::Concession,
        EventKind::Investigation,
        EventKind::Disapproval,
        EventKind::Rejection,
        EventKind::ForcePosture,
        EventKind::ReductionOfRelations,
        EventKind::Coercion,
    ];

    pub fn as_str(&self) -> &'static str {
        match self {
            EventKind::Attack => "attack",
            EventKind::Clash => "clash",
            EventKind::Protest => "protest",
            EventKind::Riot => "riot",
            EventKind::Arrest => "arrest",
            EventKind::Kidnapping => "kidnapping",
            EventKind::Killing => "killing",
            EventKind::Seizure => "seizure",
            EventKind::Claim => "claim",
            EventKind::Denial => "denial",
            EventKind::Accusation => "accusation",
            EventKind::Condemnation => "condemnation",
            EventKind::Threat => "threat",
            EventKind::Demand => "demand",
            EventKind::Statement => "statement",
            EventKind::Appeal => "appeal",
            EventKind::IntentToCooperate => "intent_to_cooperate",
            EventKind::Consultation => "consultation",
            EventKind::DiplomaticCooperation => "diplomatic_cooperation",
            EventKind::MaterialCooperation => "material_cooperation",
            EventKind::Aid => "aid",
            EventKind::Concession => "concession",
            EventKind::Investigation => "investigation",
            EventKind::Disapproval => "disapproval",
            EventKind::Rejection => "rejection",
            EventKind::ForcePosture => "force_posture",
            EventKind::ReductionOfRelations => "reduction_of_relations",
            EventKind::Coercion => "coercion",
        }
    }

    pub fn parse(s: &str) -> Option<EventKind> {
        EventKind::ALL.iter().copied().find(|k| k.as_str() == s)
    }

    /// Statements are verbal events: claims, denials, accusations and the
    /// like about other events, and the verbal CAMEO interactions (appeals,
    /// expressions of intent, disapproval, rejections). They are not merged
    /// into incidents.
    pub fn is_statement(&self) -> bool {
        matches!(
            self,
            EventKind::Claim
                | EventKind::Denial
                | EventKind::Accusation
                | EventKind::Condemnation
                | EventKind::Threat
                | EventKind::Demand
                | EventKind::Statement
                | EventKind::Appeal
                | EventKind::IntentToCooperate
                | EventKind::Disapproval
                | EventKind::Rejection
        )
    }

    /// The general CAMEO interactions between an initiator and a recipient
    /// (appeal, consultation, aid, sanctions, ...), as opposed to the
    /// violent events and the statements about them.
    pub fn is_interaction(&self) -> bool {
        matches!(
            self,
            EventKind::Appeal
                | EventKind::IntentToCooperate
                | EventKind::Consultation
                | EventKind::DiplomaticCooperation
                | EventKind::MaterialCooperation
                | EventKind::Aid
                | EventKind::Concession
                | EventKind::Investigation
                | EventKind::Disapproval
                | EventKind::Rejection
                | EventKind::ForcePosture
                | EventKind::ReductionOfRelations
                | EventKind::Coercion
        )
    }
}

/// Whether the text asserts that the event happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Modality {
    /// Reported as having happened.
    #[default]
    Asserted,
    /// Reported as not having happened ("denied that guerrillas attacked").
    Negated,
    /// Possible, conditional, suspected or planned ("could have", "if").
    Hypothetical,
    /// Announced or threatened for the future ("will attack").
    Future,
    /// Background from before the reporting period ("seized the town in 2019").
    Historical,
    /// A generic or habitual reference, not a particular event ("militias
    /// who attack army posts", "stop bombing civilian areas").
    Generic,
}

/// A date or date range with the precision the text supports.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateValue {
    /// First day, `YYYY-MM-DD`.
    pub start: String,
    /// Last day (inclusive), `YYYY-MM-DD`.
    pub end: String,
    pub precision: DatePrecision,
    /// The expression as written ("on Saturday", "24 AUG 88").
    pub text: String,
    pub span: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DatePrecision {
    Day,
    Week,
    Month,
    Year,
}

/// Where an event happened, resolved against the embedded gazetteer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Location {
    /// The place as written.
    pub text: String,
    /// Canonical gazetteer name, null if unresolved.
    pub name: Option<String>,
    /// ISO 3166-1 alpha-2.
    pub country: Option<String>,
    /// First-level administrative division name.
    pub admin1: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub precision: Option<GeoPrecision>,
    pub geonameid: Option<u64>,
    pub span: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GeoPrecision {
    Point,
    City,
    Admin2,
    Admin1,
    Country,
    Region,
}

/// The part an actor plays in an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Perpetrator,
    Target,
    Victim,
    Claimant,
    Accuser,
    Accused,
    Denier,
    Speaker,
    Source,
    /// The party that acts in a CAMEO interaction (the CAMEO source): who
    /// meets, appeals, praises, imposes sanctions (added in v1.2).
    Initiator,
    /// The party acted upon or addressed (the CAMEO target): who is met,
    /// appealed to, praised, sanctioned (added in v1.2).
    Recipient,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActorKind {
    Person,
    Organization,
    Group,
    Country,
    Facility,
    Object,
}

/// A participant in an event, normalised to the actor registry when known.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Actor {
    pub role: Role,
    /// The mention as written.
    pub text: String,
    /// Canonical name from the registry; for a person outside it, the
    /// person's name without titles; null if unknown.
    pub name: Option<String>,
    /// Stable registry id (e.g. `grp.al_shabaab`, `cty.SOM`), null if unknown.
    pub id: Option<String>,
    pub kind: Option<ActorKind>,
    /// ISO 3166-1 alpha-2.
    pub country: Option<String>,
    /// government, military, police, rebel, civilian, ...
    pub sector: Option<String>,
    /// CAMEO actor code, e.g. `IRQMIL`.
    pub cameo: Option<String>,
    /// True when the actor is only a word for the kind of party, written
    /// as a modifier of the event word ("a terrorist attack", "a guerrilla
    /// ambush"): the report says what sort of actor did it and refers to
    /// no particular party. Written only when true (v1.4).
    #[serde(default, skip_serializing_if = "is_false")]
    pub generic: bool,
    pub span: Span,
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// A count of people killed or injured, as a range with a best estimate.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Count {
    pub low: Option<u64>,
    pub best: Option<u64>,
    pub high: Option<u64>,
    /// The figure as written ("at least 20").
    pub text: String,
    /// Who gave the figure ("police", "hospital officials"), if the text says.
    pub source: Option<String>,
    pub span: Span,
    /// Every figure the document gave for this event, in text order; the
    /// top-level values are the latest. Empty when there was only one.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reports: Vec<CountReport>,
}

/// One figure as reported, kept when a later figure supersedes it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CountReport {
    pub low: Option<u64>,
    pub best: Option<u64>,
    pub high: Option<u64>,
    pub text: String,
    pub source: Option<String>,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Weapon {
    /// explosive, firearm, vehicle, incendiary, knife, projectile, missile,
    /// drone, chemical, other.
    #[serde(rename = "type")]
    pub kind: String,
    pub text: String,
    pub span: Span,
}

/// PLOVER event type and mode.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Plover {
    #[serde(rename = "type")]
    pub event_type: String,
    pub mode: Option<String>,
}

/// ACLED event type and sub-event type.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Acled {
    pub event_type: String,
    pub sub_event_type: Option<String>,
}

/// The word or phrase that signals the event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Trigger {
    pub text: String,
    pub span: Span,
}

/// One event extracted from a document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// Unique within the output: `<document id>#e<n>`.
    pub id: String,
    pub kind: EventKind,
    pub subtype: Option<String>,
    pub trigger: Trigger,
    pub cameo: Option<String>,
    pub plover: Option<Plover>,
    pub acled: Option<Acled>,
    /// GTD attack type, e.g. `Bombing/Explosion`.
    pub gtd: Option<String>,
    pub modality: Modality,
    pub date: Option<DateValue>,
    pub location: Option<Location>,
    pub actors: Vec<Actor>,
    pub fatalities: Option<Count>,
    pub injuries: Option<Count>,
    pub suicide: bool,
    /// The first weapon named for the event (the same as `weapons[0]`).
    pub weapon: Option<Weapon>,
    /// Every weapon named for the event, in order of mention ("rifles and
    /// grenades"; the bomb of one report and the dynamite of the next):
    /// added in v1.3.
    #[serde(default)]
    pub weapons: Vec<Weapon>,
    /// For statements: the id of the event the statement is about.
    pub about: Option<String>,
    /// For claims: how the claim was made (statement, telegram, video, ...).
    pub channel: Option<String>,
    /// Spans of the sentences and phrases the event was read from.
    pub evidence: Vec<Span>,
    /// For material events: who the document says did it, and how sure
    /// that is, from the claims, accusations and denials about the event.
    /// Null when the document says nothing about it.
    #[serde(default)]
    pub attribution: Option<Attribution>,
}

/// What a document's statements say about who carried out an event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attribution {
    /// `claimed` (one party claimed it, nobody else was blamed),
    /// `disputed` (competing claims, or a claim and a different accused
    /// party, or an accused party that denies), `accused` (blamed by another
    /// party, no claim), `suspected` (the text names a suspected or alleged
    /// perpetrator), `reported` (the text states the perpetrator as fact),
    /// `denied` (parties only deny a part in it).
    pub status: String,
    pub parties: Vec<AttributedParty>,
}

/// One party named as (possibly) responsible for an event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AttributedParty {
    pub text: String,
    pub name: Option<String>,
    pub id: Option<String>,
    /// `claimed`, `accused`, `denied`, `suspected` or `reported`.
    pub stance: String,
    /// Who said so (the accuser, or the speaker of a claim), as written.
    pub by: Option<String>,
    /// The statement event this comes from.
    pub statement: Option<String>,
}

impl Event {
    /// An event with only the required fields set.
    pub fn new(id: impl Into<String>, kind: EventKind, trigger: Trigger) -> Self {
        let evidence = vec![trigger.span];
        Event {
            id: id.into(),
            kind,
            subtype: None,
            trigger,
            cameo: None,
            plover: None,
            acled: None,
            gtd: None,
            modality: Modality::Asserted,
            date: None,
            location: None,
            actors: Vec::new(),
            fatalities: None,
            injuries: None,
            suicide: false,
            weapon: None,
            weapons: Vec::new(),
            about: None,
            channel: None,
            evidence,
            attribution: None,
        }
    }

    pub fn actors_with(&self, role: Role) -> impl Iterator<Item = &Actor> {
        self.actors.iter().filter(move |a| a.role == role)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn span_serialises_as_pair() {
        assert_eq!(serde_json::to_string(&Span(3, 9)).unwrap(), "[3,9]");
        let back: Span = serde_json::from_str("[3,9]").unwrap();
        assert_eq!(back, Span(3, 9));
    }

    #[test]
    fn event_kinds_round_trip_through_strings() {
        for kind in EventKind::ALL {
            assert_eq!(EventKind::parse(kind.as_str()), Some(kind));
            let json = serde_json::to_string(&kind).unwrap();
            assert_eq!(json, format!("\"{}\"", kind.as_str()));
        }
        assert!(EventKind::Claim.is_statement());
        assert!(!EventKind::Attack.is_statement());
        assert!(EventKind::Rejection.is_statement() && EventKind::Rejection.is_interaction());
        assert!(!EventKind::Consultation.is_statement() && EventKind::Consultation.is_interaction());
        assert!(!EventKind::Claim.is_interaction());
    }

    #[test]
    fn nullable_fields_are_always_present() {
        let ev = Event::new("d#e1", EventKind::Attack, Trigger { text: "bombing".into(), span: Span(0, 7) });
        let v = serde_json::to_value(&ev).unwrap();
        for key in ["subtype", "cameo", "plover", "acled", "date", "location", "fatalities", "weapon", "about", "channel"] {
            assert!(v.get(key).is_some(), "{key} missing");
            assert!(v[key].is_null(), "{key} not null");
        }
        assert_eq!(v["modality"], "asserted");
        assert_eq!(v["evidence"], serde_json::json!([[0, 7]]));
    }

    #[test]
    fn weapon_kind_is_written_as_type() {
        let w = Weapon { kind: "explosive".into(), text: "car bomb".into(), span: Span(2, 10) };
        let v = serde_json::to_value(&w).unwrap();
        assert_eq!(v["type"], "explosive");
    }
}

#[cfg(test)]
mod json_schema_tests {
    //! Keeps docs/schema.v1.json in step with the types: every property the
    //! types write is declared there, and every required one is written.
    use super::*;
    use serde_json::Value;

    fn schema() -> Value {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/schema.v1.json");
        serde_json::from_str(&std::fs::read_to_string(path).expect("docs/schema.v1.json")).expect("valid JSON")
    }

    fn check(object: &Value, def: &Value, name: &str) {
        let props = def["properties"].as_object().unwrap_or_else(|| panic!("{name} has properties"));
        for key in object.as_object().expect("an object").keys() {
            assert!(props.contains_key(key), "{name}.{key} is written but not in the JSON Schema");
        }
        for req in def["required"].as_array().expect("required list") {
            let req = req.as_str().unwrap();
            assert!(object.get(req).is_some(), "{name}.{req} is required by the JSON Schema but not written");
        }
    }

    #[test]
    fn types_and_json_schema_agree() {
        let s = schema();
        let span = Span(0, 5);
        let mut ev = Event::new("d#e1", EventKind::Attack, Trigger { text: "blast".into(), span });
        ev.date = Some(DateValue { start: "2024-03-09".into(), end: "2024-03-09".into(), precision: DatePrecision::Day, text: "on Saturday".into(), span });
        ev.location = Some(Location { text: "x".into(), name: None, country: Some("SO".into()), admin1: None, lat: Some(4.7), lon: Some(45.2), precision: Some(GeoPrecision::City), geonameid: Some(1), span });
        ev.actors.push(Actor { role: Role::Perpetrator, text: "x".into(), name: None, id: None, kind: Some(ActorKind::Group), country: None, sector: None, cameo: None, generic: true, span });
        let report = CountReport { low: Some(20), best: Some(20), high: None, text: "at least 20".into(), source: Some("police".into()), span };
        ev.fatalities = Some(Count { low: Some(31), best: Some(31), high: Some(31), text: "31".into(), source: None, span, reports: vec![report] });
        ev.weapon = Some(Weapon { kind: "explosive".into(), text: "car bomb".into(), span });
        ev.plover = Some(Plover { event_type: "ASSAULT".into(), mode: Some("explosion".into()) });
        ev.acled = Some(Acled { event_type: "Explosions/Remote violence".into(), sub_event_type: None });
        let mut doc = DocumentResult::empty("d");
        doc.dateline = Some(Dateline { place: Some("MOGADISHU".into()), date: None, agency: None, span });
        doc.warnings.push(Warning::new("w", "m"));
        doc.events.push(ev);
        let v = serde_json::to_value(&doc).unwrap();
        let defs = &s["$defs"];
        check(&v, &s, "record");
        check(&v["dateline"], &s["properties"]["dateline"]["anyOf"][0], "dateline");
        let e = &v["events"][0];
        check(e, &defs["event"], "event");
        check(&e["date"], &defs["date"], "date");
        check(&e["location"], &defs["location"], "location");
        check(&e["actors"][0], &defs["actor"], "actor");
        check(&e["fatalities"], &defs["count"], "count");
        check(&e["fatalities"]["reports"][0], &defs["count_report"], "count_report");
        let kinds: Vec<_> = defs["event"]["properties"]["kind"]["enum"].as_array().unwrap().iter().map(|k| k.as_str().unwrap().to_string()).collect();
        assert_eq!(kinds, EventKind::ALL.iter().map(|k| k.as_str().to_string()).collect::<Vec<_>>());
    }
}
