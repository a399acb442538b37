// Runs the self-check's own evaluator (overrides/assets/javascripts/eligibility.js,
// the file the page loads) under Node, without a page, for the unit tests.
// Input (stdin, JSON): [{rules, cases: [answers, ...]}, ...], `rules` as the
// page holds them and each `answers` criterion id -> answer.
// Output (one JSON line): {types, operators, results: [[result, ...], ...]},
// the rule types and operators the script knows, then per rule set a result
// per case: {outcome, notMet, unanswered} as ids, or {error} when it refuses.
"use strict";

const fs = require("fs");
const path = require("path");

const eligibility = require(
  path.join(__dirname, "..", "..", "overrides", "assets", "javascripts", "eligibility.js"),
);

const ids = (items) => items.map((item) => item.id);

function run(rules, answers) {
  try {
    const state = eligibility.evaluate(rules, answers);
    return {
      outcome: state.outcome ? state.outcome.id : null,
      notMet: ids(state.notMet),
      unanswered: ids(state.unanswered),
    };
  } catch (error) {
    return { error: String(error && error.message ? error.message : error) };
  }
}

const request = JSON.parse(fs.readFileSync(0, "utf8"));
const results = request.map((set) => set.cases.map((answers) => run(set.rules, answers)));
process.stdout.write(
  JSON.stringify({ types: eligibility.types, operators: eligibility.operators, results }) + "\n",
);
