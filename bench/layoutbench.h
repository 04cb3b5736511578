#pragma once

// `atlas-bench layout [--max N] [--seed S] [--no-peer]`: lays out synthetic lineages of 1,000 to
// 1,000,000 models, runs Graphviz dot on the same graphs up to 10,000 models when it is on
// PATH, times a full-view repaint and a zoom step of the tree view at 100,000 nodes, prints a
// table and a last line of JSON. Creates its own (offscreen) QApplication.
int runLayoutBench(int argc, char *argv[]);
