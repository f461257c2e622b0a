//! The module to generate, decided before any code is written: which actions and
//! structs, their Rust names, every field's type and decoding, and the error codes.

use crate::CodegenError;
use crate::docs::Bilingual;
use crate::names::{self, Scope};
use crate::spec::{self, Spec, Status};
use crate::types::{self, Element, Scalar, Shape};
use crate::{Mode, codes, cycles, paginators, rules};
use std::collections::{BTreeMap, BTreeSet};

/// A whole generated module.
#[derive(Debug)]
pub struct Module {
    pub service: String,
    pub version: String,
    pub display_name: Option<String>,
    /// The service's description ("The service" of the module's documentation).
    pub brief: Bilingual,
    pub mode: Mode,
    /// Sorted by action name.
    pub actions: Vec<ActionDef>,
    /// Sorted by Rust name.
    pub structs: Vec<StructDef>,
}

#[derive(Debug)]
pub struct ActionDef {
    /// The action's name in the API, `DescribeInstances`.
    pub name: String,
    /// The struct's name: the action's, unless that is not a usable type name.
    pub rust: String,
    pub title: Bilingual,
    pub document: Bilingual,
    /// Deprecated or offline in the spec: its types and client method are `#[deprecated]`.
    pub deprecated: bool,
    /// Offline in the spec: Tencent no longer serves it.
    pub offline: bool,
    pub fields: Vec<FieldDef>,
    /// Wire names of members the envelope owns (`Error`), left out of the struct.
    pub envelope_members: Vec<String>,
    /// The action's own (not common) error codes, with their descriptions.
    pub errors: Vec<(String, Option<String>)>,
    /// The action's request.
    pub request: RequestDef,
    /// How the action's list comes in pages, when it does.
    pub paging: Option<paginators::Plan>,
}

/// The request of one action: `<Action>Request`.
#[derive(Debug)]
pub struct RequestDef {
    pub rust: String,
    pub fields: Vec<FieldDef>,
    /// The action takes a `ClientToken`, so that a client may fill it and retry.
    pub client_token: bool,
}

#[derive(Debug)]
pub struct StructDef {
    /// The name in the spec's `objects`.
    pub spec: String,
    pub rust: String,
    pub document: Bilingual,
    pub fields: Vec<FieldDef>,
}

#[derive(Debug)]
pub struct FieldDef {
    pub wire: String,
    /// A valid identifier: `cpu`, `r#type`, `self_`.
    pub ident: String,
    pub document: Bilingual,
    pub disabled: bool,
    pub ty: FieldType,
    /// How the field decodes and encodes.
    pub serde: Decoding,
}

/// A field's Rust type, outermost first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldType {
    pub optional: bool,
    pub list: bool,
    /// Boxed to break a cycle of structs holding each other directly.
    pub boxed: bool,
    pub element: TypeRef,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TypeRef {
    Scalar(Scalar),
    /// A generated struct, by its Rust name.
    Struct(String),
}

/// The serde treatment of a field, beyond its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decoding {
    /// A plain value the spec promises: required, exact.
    Required,
    /// An `Option`: absent or `null` is `None`.
    Optional,
    /// An `Option` that may be absent but not `null` (strict mode's non-nullable members).
    NonNull,
    /// An `Option` that must be present but may be `null` (strict mode's required,
    /// nullable members).
    PresentNullable,
    /// An `Option` of a scalar or a list of scalars, read by `tencent_action::tolerant`.
    Tolerant,
}

/// The module of `spec`, documented from `english` first where it has the item (matched
/// by action, object and member name) and from `spec` after.
pub fn build(
    spec: &Spec,
    errors: Option<&spec::Errors>,
    english: Option<&Spec>,
    mode: Mode,
) -> Result<Module, CodegenError> {
    // Offline actions get their types too (deprecated): their examples and old code
    // still name them, and a module that left them out could not decode either.
    let actions_in_spec: Vec<(&String, &spec::Action)> = spec.actions.iter().collect();
    check_names(spec, &actions_in_spec)?;
    if let Some(errors) = errors {
        codes::check_matches(errors, &spec.metadata)?;
    }
    for (name, action) in &actions_in_spec {
        if !spec.objects.contains_key(&action.output) {
            return Err(CodegenError::invalid(
                "api.json",
                format!("actions.{name}.output"),
                format!("names `{}`, which is not in `objects`", action.output),
            ));
        }
        if let Some(input) = &action.input {
            if !spec.objects.contains_key(input) {
                return Err(CodegenError::invalid(
                    "api.json",
                    format!("actions.{name}.input"),
                    format!("names `{input}`, which is not in `objects`"),
                ));
            }
        }
    }
    let outputs = reachable_structs(
        spec,
        actions_in_spec
            .iter()
            .map(|(_, action)| action.output.as_str()),
    );
    let inputs = reachable_structs(
        spec,
        actions_in_spec
            .iter()
            .filter_map(|(_, action)| action.input.as_deref()),
    );
    let reachable: BTreeSet<String> = outputs.union(&inputs).cloned().collect();
    let boxed = cycles::boxed_edges(&direct_edges(spec, &reachable));

    let mut types = Scope::new(names::reserved_types());
    let action_names = name_actions(&actions_in_spec, &mut types);
    let request_names: Vec<String> = action_names
        .iter()
        .map(|rust| types.take_numbered(&format!("{rust}Request"), ""))
        .collect();
    let struct_names = name_structs(&reachable, &mut types);

    let naming = Naming {
        spec,
        english,
        mode,
        structs: &struct_names,
        boxed: &boxed,
    };
    let mut actions = Vec::new();
    for (((name, action), rust), request) in
        actions_in_spec.iter().zip(action_names).zip(request_names)
    {
        let object = &spec.objects[&action.output];
        let in_english = english.and_then(|english| english.actions.get(*name));
        let (members, envelope_members): (Vec<_>, Vec<_>) = object
            .members
            .iter()
            .filter(|member| member.name != "RequestId")
            .partition(|member| member.name != "Error");
        actions.push(ActionDef {
            name: (*name).clone(),
            rust,
            title: Bilingual {
                english: in_english.and_then(|action| action.name.clone()),
                chinese: action.name.clone(),
            },
            document: Bilingual {
                english: in_english.and_then(|action| action.document.clone()),
                chinese: action.document.clone(),
            },
            deprecated: action.status != Status::Online,
            offline: action.status == Status::Offline,
            fields: naming.fields(&action.output, members, Side::Output),
            envelope_members: envelope_members
                .iter()
                .map(|member| member.name.clone())
                .collect(),
            errors: errors
                .map(|errors| codes::own_codes(errors, name))
                .unwrap_or_default(),
            request: naming.request(request, action.input.as_deref()),
            paging: spec
                .paging(action)
                .map(|paging| paginators::Plan::of(&paging)),
        });
    }
    let mut structs: Vec<StructDef> = reachable
        .iter()
        .map(|name| {
            let object = &spec.objects[name];
            StructDef {
                spec: name.clone(),
                rust: struct_names[name].clone(),
                document: Bilingual {
                    english: english
                        .and_then(|english| english.objects.get(name))
                        .and_then(|object| object.document.clone()),
                    chinese: object.document.clone(),
                },
                fields: naming.fields(
                    name,
                    object.members.iter().collect(),
                    match (inputs.contains(name), outputs.contains(name)) {
                        (true, true) => Side::Both,
                        (true, false) => Side::Input,
                        (false, _) => Side::Output,
                    },
                ),
            }
        })
        .collect();
    structs.sort_by(|a, b| a.rust.cmp(&b.rust));
    Ok(Module {
        service: spec.metadata.service.clone(),
        version: spec.metadata.version.clone(),
        display_name: spec.metadata.display_name.clone(),
        brief: Bilingual {
            english: english.and_then(|english| english.metadata.api_brief.clone()),
            chinese: spec.metadata.api_brief.clone(),
        },
        mode,
        actions,
        structs,
    })
}

/// The attribute refuses a service, version or action name it cannot put in `Action`;
/// say so here, with the place, rather than in a compile error of the generated code.
fn check_names(
    spec: &Spec,
    actions_in_spec: &[(&String, &spec::Action)],
) -> Result<(), CodegenError> {
    let service = &spec.metadata.service;
    if !rules::is_service(service) {
        return Err(CodegenError::invalid(
            "api.json",
            "metadata.serviceShortName",
            format!("`{service}` is not a service's short name, like `cvm`"),
        ));
    }
    let version = &spec.metadata.version;
    if !rules::is_version(version) {
        return Err(CodegenError::invalid(
            "api.json",
            "metadata.apiVersion",
            format!("`{version}` is not an API version, a date like `2017-03-12`"),
        ));
    }
    for (name, _) in actions_in_spec {
        if !rules::is_action(name) {
            return Err(CodegenError::invalid(
                "api.json",
                format!("actions.{name}"),
                format!(
                    "`{name}` is not an action's name, ASCII letters and digits with a \
                     capital first, like `DescribeInstances`"
                ),
            ));
        }
    }
    Ok(())
}

/// The structs that the objects `roots` (the actions' outputs, or their inputs) use,
/// directly or through other structs; the roots themselves become the action and request
/// structs.
fn reachable_structs<'a>(spec: &'a Spec, roots: impl Iterator<Item = &'a str>) -> BTreeSet<String> {
    let mut seen = BTreeSet::new();
    let mut queue: Vec<&str> = roots.collect();
    let mut visited: BTreeSet<&str> = BTreeSet::new();
    while let Some(name) = queue.pop() {
        if !visited.insert(name) {
            continue;
        }
        let Some(object) = spec.objects.get(name) else {
            continue;
        };
        for member in &object.members {
            if let Element::Struct(target) = types::shape(member, spec).element {
                if let Some((key, _)) = spec.objects.get_key_value(&target) {
                    seen.insert(key.clone());
                    queue.push(key.as_str());
                }
            }
        }
    }
    // Only what a member refers to is a data structure: an output that no member uses
    // is an action struct alone.
    seen
}

/// Struct → the structs it holds directly (not in a list): the graph whose cycles need
/// a box.
fn direct_edges(spec: &Spec, structs: &BTreeSet<String>) -> BTreeMap<String, BTreeSet<String>> {
    structs
        .iter()
        .map(|name| {
            let targets = spec.objects[name]
                .members
                .iter()
                .filter_map(|member| {
                    let shape = types::shape(member, spec);
                    match shape.element {
                        Element::Struct(target) if !shape.list => Some(target),
                        _ => None,
                    }
                })
                .collect();
            (name.clone(), targets)
        })
        .collect()
}

/// The action structs keep the actions' names, and claim the names the attribute
/// derives from them (`XResponse`, `XErrorCode`). A name that is not a valid type name,
/// or is reserved ([`names::reserved_types`]), gets an `Action` suffix.
fn name_actions(actions: &[(&String, &spec::Action)], types: &mut Scope) -> Vec<String> {
    let mut names = Vec::new();
    for (name, _) in actions {
        let valid = names::type_name(name);
        let base = if valid == **name && !types.is_taken(&valid) {
            valid
        } else {
            format!("{valid}Action")
        };
        let rust = types.take_numbered(&base, "");
        types.take(&format!("{rust}Response"));
        types.take(&format!("{rust}ErrorCode"));
        names.push(rust);
    }
    names
}

/// Data structures keep their spec names where they can; the names taken by actions,
/// reserved ones ([`names::reserved_types`]) and names shared by two objects once made valid get a `Data` suffix
/// (then a number), the spec's own spelling winning a shared name.
fn name_structs(structs: &BTreeSet<String>, types: &mut Scope) -> BTreeMap<String, String> {
    let mut by_candidate: BTreeMap<String, Vec<&String>> = BTreeMap::new();
    for name in structs {
        by_candidate
            .entry(names::type_name(name))
            .or_default()
            .push(name);
    }
    let mut assigned = BTreeMap::new();
    let mut later = Vec::new();
    for (candidate, mut owners) in by_candidate {
        // The object spelled exactly like the candidate comes first.
        owners.sort_by_key(|owner| (**owner != candidate, (*owner).clone()));
        let mut owners = owners.into_iter();
        if let Some(first) = owners.next() {
            if types.take(&candidate) {
                assigned.insert(first.clone(), candidate.clone());
            } else {
                later.push((first, candidate.clone()));
            }
        }
        later.extend(owners.map(|owner| (owner, candidate.clone())));
    }
    for (owner, candidate) in later {
        let rust = types.take_numbered(&format!("{candidate}Data"), "");
        assigned.insert(owner.clone(), rust);
    }
    assigned
}

/// What deciding a field needs to know.
struct Naming<'a> {
    spec: &'a Spec,
    /// The same version's spec in English, for the members' English text.
    english: Option<&'a Spec>,
    mode: Mode,
    structs: &'a BTreeMap<String, String>,
    boxed: &'a BTreeSet<(String, String)>,
}

/// Which rule decides whether a field is optional.
///
/// A request field is a plain value when the spec says a request must carry it
/// (`required`), an `Option` otherwise; response fields follow the mode
/// (`output_required`, `value_allowed_null`). A structure that both requests and responses
/// use is generated once, so its fields must suit both:
/// - tolerant mode: the response rule, every field an `Option` read tolerantly (a request
///   leaves a member the spec requires to the caller; the server says when it is missing);
/// - strict mode: a plain value only where requests must carry the member *and* responses
///   always send it; elsewhere an `Option` that is never `null` when the spec says so.
///   A plain value the request side does not require would force callers to invent it,
///   and Tencent's own request examples leave such members out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Input,
    Output,
    Both,
}

impl Naming<'_> {
    /// The English text of the member `name` of the object `holder`, if it has one.
    fn english_document(&self, holder: &str, name: &str) -> Option<String> {
        self.english?
            .objects
            .get(holder)?
            .members
            .iter()
            .find(|member| member.name == name)?
            .document
            .clone()
    }

    fn request(&self, rust: String, input: Option<&str>) -> RequestDef {
        let members: Vec<&spec::Member> = input
            .and_then(|input| self.spec.objects.get(input))
            .map(|object| object.members.iter().collect())
            .unwrap_or_default();
        let client_token = members.iter().any(|member| member.name == "ClientToken");
        RequestDef {
            rust,
            fields: self.fields(input.unwrap_or_default(), members, Side::Input),
            client_token,
        }
    }

    fn fields(&self, holder: &str, members: Vec<&spec::Member>, side: Side) -> Vec<FieldDef> {
        let mut wires = BTreeSet::new();
        let members: Vec<&spec::Member> = members
            .into_iter()
            .filter(|member| wires.insert(member.name.as_str()))
            .collect();
        let idents = field_idents(&members);
        members
            .into_iter()
            .zip(idents)
            .map(|(member, ident)| self.field(holder, member, ident, side))
            .collect()
    }

    fn field(&self, holder: &str, member: &spec::Member, ident: String, side: Side) -> FieldDef {
        let Shape { element, list } = types::shape(member, self.spec);
        let boxed = match &element {
            Element::Struct(target) => {
                !list && self.boxed.contains(&(holder.to_owned(), target.clone()))
            }
            Element::Scalar(_) => false,
        };
        let element = match element {
            Element::Struct(target) => TypeRef::Struct(self.structs[&target].clone()),
            Element::Scalar(scalar) => TypeRef::Scalar(scalar),
        };
        let disabled = member.disabled == Some(true);
        let nullable = member.value_allowed_null != Some(false);
        let promised = member.output_required == Some(true) && !nullable && !disabled;
        let required = member.output_required == Some(true) && !disabled;
        let serde = match (side, self.mode) {
            (Side::Input, _) if member.required == Some(true) && !disabled => Decoding::Required,
            (Side::Input, _) => Decoding::Optional,
            (Side::Both, Mode::Strict) if promised && member.required == Some(true) => {
                Decoding::Required
            }
            (Side::Both, Mode::Strict) if member.value_allowed_null == Some(false) => {
                Decoding::NonNull
            }
            (Side::Both, Mode::Strict) => Decoding::Optional,
            (Side::Both | Side::Output, Mode::Tolerant) => match &element {
                TypeRef::Scalar(scalar) if scalar.is_tolerant() => Decoding::Tolerant,
                _ => Decoding::Optional,
            },
            (Side::Output, Mode::Strict) if promised => Decoding::Required,
            (Side::Output, Mode::Strict) if required => Decoding::PresentNullable,
            (Side::Output, Mode::Strict) if member.value_allowed_null == Some(false) => {
                Decoding::NonNull
            }
            (Side::Output, Mode::Strict) => Decoding::Optional,
        };
        FieldDef {
            wire: member.name.clone(),
            ident,
            document: Bilingual {
                english: self.english_document(holder, &member.name),
                chinese: member.document.clone(),
            },
            disabled,
            ty: FieldType {
                optional: serde != Decoding::Required,
                list,
                boxed,
                element,
            },
            serde,
        }
    }
}

/// Field identifiers of one struct, unique: where two wire names give one name, the
/// member whose spelling serde would produce from it keeps it, the others are numbered.
fn field_idents(members: &[&spec::Member]) -> Vec<String> {
    let snakes: Vec<String> = members
        .iter()
        .map(|member| names::snake_case(&member.name))
        .collect();
    let mut order: Vec<usize> = (0..members.len()).collect();
    order.sort_by_key(|&i| {
        let exact = rules::pascal_case(&names::field_ident(&snakes[i])) == members[i].name;
        (!exact, i)
    });
    let own: BTreeSet<&str> = snakes.iter().map(String::as_str).collect();
    let mut scope = Scope::default();
    let mut idents = vec![String::new(); members.len()];
    for &i in &order {
        let snake = &snakes[i];
        let name = if scope.take(snake) {
            snake.clone()
        } else {
            // A numbered name never takes another member's own name.
            (2..)
                .map(|n| format!("{snake}_{n}"))
                .find(|candidate| !own.contains(candidate.as_str()) && scope.take(candidate))
                .unwrap_or_default()
        };
        idents[i] = names::field_ident(&name);
    }
    idents
}
