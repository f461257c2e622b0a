//! Which struct members need a `Box`: those that hold a struct directly (not in a list)
//! and close a cycle of such holdings, like `Record { parent: Option<Record> }` or two
//! structs that hold each other. A `Vec` already has its elements on the heap, so a cycle
//! through a list needs no box.

use std::collections::{BTreeMap, BTreeSet};

/// The strongly connected component of every node of `edges` (node → direct successors),
/// by Tarjan's algorithm, iteratively so that a long chain of structs cannot exhaust the
/// stack. Nodes that share a number lie on a common cycle.
fn components(edges: &BTreeMap<String, BTreeSet<String>>) -> BTreeMap<&str, usize> {
    let nodes: Vec<&str> = edges.keys().map(String::as_str).collect();
    let position: BTreeMap<&str, usize> = nodes.iter().enumerate().map(|(i, &n)| (n, i)).collect();
    // Successors that are nodes themselves; a struct outside the graph closes no cycle.
    let successors: Vec<Vec<usize>> = edges
        .values()
        .map(|next| {
            next.iter()
                .filter_map(|n| position.get(n.as_str()).copied())
                .collect()
        })
        .collect();
    const UNVISITED: usize = usize::MAX;
    let mut index = vec![UNVISITED; nodes.len()];
    let mut low = vec![0; nodes.len()];
    let mut on_stack = vec![false; nodes.len()];
    let mut stack = Vec::new();
    let mut component = vec![0; nodes.len()];
    let mut components = 0;
    let mut counter = 0;
    for root in 0..nodes.len() {
        if index[root] != UNVISITED {
            continue;
        }
        // Each frame: a node and how many of its successors have been looked at.
        let mut frames = vec![(root, 0)];
        index[root] = counter;
        low[root] = counter;
        counter += 1;
        stack.push(root);
        on_stack[root] = true;
        while let Some(&mut (node, ref mut next)) = frames.last_mut() {
            if let Some(&successor) = successors[node].get(*next) {
                *next += 1;
                if index[successor] == UNVISITED {
                    index[successor] = counter;
                    low[successor] = counter;
                    counter += 1;
                    stack.push(successor);
                    on_stack[successor] = true;
                    frames.push((successor, 0));
                } else if on_stack[successor] {
                    low[node] = low[node].min(index[successor]);
                }
                continue;
            }
            frames.pop();
            if let Some(&(parent, _)) = frames.last() {
                low[parent] = low[parent].min(low[node]);
            }
            if low[node] == index[node] {
                while let Some(member) = stack.pop() {
                    on_stack[member] = false;
                    component[member] = components;
                    if member == node {
                        break;
                    }
                }
                components += 1;
            }
        }
    }
    nodes.into_iter().zip(component).collect()
}

/// The edges `(holder, held)` of `edges` that lie on a cycle: the members to box.
pub fn boxed_edges(edges: &BTreeMap<String, BTreeSet<String>>) -> BTreeSet<(String, String)> {
    let component = components(edges);
    let mut boxed = BTreeSet::new();
    for (from, targets) in edges {
        for to in targets {
            let same = match (component.get(from.as_str()), component.get(to.as_str())) {
                (Some(a), Some(b)) => a == b,
                _ => false,
            };
            if same {
                boxed.insert((from.clone(), to.clone()));
            }
        }
    }
    boxed
}

#[cfg(test)]
mod tests {
    use super::*;

    fn graph(edges: &[(&str, &str)]) -> BTreeMap<String, BTreeSet<String>> {
        let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for (from, to) in edges {
            graph
                .entry((*from).to_owned())
                .or_default()
                .insert((*to).to_owned());
            graph.entry((*to).to_owned()).or_default();
        }
        graph
    }

    fn boxed(edges: &[(&str, &str)]) -> Vec<(String, String)> {
        boxed_edges(&graph(edges)).into_iter().collect()
    }

    fn pair(a: &str, b: &str) -> (String, String) {
        (a.to_owned(), b.to_owned())
    }

    #[test]
    fn a_self_reference_is_boxed() {
        assert_eq!(boxed(&[("Record", "Record")]), [pair("Record", "Record")]);
    }

    #[test]
    fn mutual_references_are_boxed_both_ways() {
        assert_eq!(
            boxed(&[("A", "B"), ("B", "A"), ("A", "C")]),
            [pair("A", "B"), pair("B", "A")]
        );
    }

    #[test]
    fn a_longer_cycle_and_what_hangs_off_it() {
        assert_eq!(
            boxed(&[("A", "B"), ("B", "C"), ("C", "A"), ("C", "D"), ("D", "E")]),
            [pair("A", "B"), pair("B", "C"), pair("C", "A")]
        );
    }

    #[test]
    fn acyclic_graphs_need_no_box() {
        assert!(boxed(&[("A", "B"), ("B", "C"), ("A", "C")]).is_empty());
    }

    #[test]
    fn a_long_chain_does_not_exhaust_the_stack() {
        let names: Vec<String> = (0..100_000).map(|n| format!("S{n}")).collect();
        let mut edges: Vec<(&str, &str)> = names
            .windows(2)
            .map(|pair| (pair[0].as_str(), pair[1].as_str()))
            .collect();
        edges.push((names[99_999].as_str(), names[0].as_str()));
        assert_eq!(boxed(&edges).len(), 100_000);
    }
}
