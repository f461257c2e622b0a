//! The module documentation's index: a table of every action with its types, its client
//! method (in a crate, where the module has a `Client`) and one line saying what it does.

use crate::client;
use crate::layout::Home;
use crate::model::Module;

/// The `# Actions` section: the table, or nothing for a module without actions.
pub fn module_docs(module: &Module, home: Home) -> Vec<String> {
    if module.actions.is_empty() {
        return Vec::new();
    }
    let methods = match home {
        Home::Crate(_) => Some(client::method_names(module)),
        Home::File => None,
    };
    let mut lines = vec!["# Actions".to_owned(), String::new()];
    lines.push(match methods {
        Some(_) => "Each action's response struct holds the fields of its response; its request \
                    holds its input; the `Client` method sends the one and returns the other. \
                    The data structures they hold are in [`model`], and re-exported here."
            .to_owned(),
        None => "Each action's response struct holds the fields of its response; its request \
                 holds its input."
            .to_owned(),
    });
    lines.push(String::new());
    lines.push(match methods {
        Some(_) => "| action | client method | request | response | what it does |".to_owned(),
        None => "| action | request | response | what it does |".to_owned(),
    });
    lines.push(match methods {
        Some(_) => "|---|---|---|---|---|".to_owned(),
        None => "|---|---|---|---|".to_owned(),
    });
    for (i, action) in module.actions.iter().enumerate() {
        let mut what = action.title.one_line();
        if action.offline {
            what.push_str(" (offline)");
        } else if action.deprecated {
            what.push_str(" (deprecated)");
        }
        let method = methods.as_ref().map(|names| {
            // Rustdoc resolves a keyword as a path segment, and no raw identifier.
            let name = names[i].trim_start_matches("r#");
            format!(" [`{name}`](Client::{name}) |")
        });
        lines.push(format!(
            "| `{}` |{} [`{}`] | [`{}`] | {} |",
            action.name,
            method.unwrap_or_default(),
            action.request.rust,
            action.rust,
            cell(what.trim()),
        ));
    }
    lines
}

/// Text that stays in its table cell: a `|` would end it.
fn cell(text: &str) -> String {
    text.replace('|', "\\|")
}
