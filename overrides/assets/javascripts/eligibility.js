// The self-check "Suis-je éligible ?": evaluates the answers in the page.
//
// The rules come from content/eligibility.yml, as JSON in the page. This
// script mirrors the reference evaluator (hooks/e2c/eligibility.py): the unit
// tests run `evaluate` under Node (tests/eligibility/evaluate.cjs) against the
// same cases, and the browser tests the page. Nothing leaves the page: no
// request, no cookie, no storage.
(function () {
  "use strict";

  var OPERATORS = {
    ">=": function (a, b) { return a >= b; },
    ">": function (a, b) { return a > b; },
    "<=": function (a, b) { return a <= b; },
    "<": function (a, b) { return a < b; },
    "==": function (a, b) { return a === b; },
  };
  // Whether an answer meets a rule, by rule type. The tests hold these types
  // and the operators to the schema's; any other is refused, never taken for
  // another.
  var RULES = {
    number: function (rule, answer) { return OPERATORS[rule.operator](answer, rule.value); },
    choice: function (rule, answer) { return rule.accept.indexOf(answer) !== -1; },
  };

  // The answer given to a criterion (a number, as typed, or an answer's id),
  // or null while it is missing or out of range.
  function answerOf(criterion, answer) {
    var rule = criterion.rule;
    if (!RULES.hasOwnProperty(rule.type) || rule.type !== criterion.input) {
      throw new Error("unknown rule type: " + rule.type);
    }
    if (rule.type === "number" && !OPERATORS.hasOwnProperty(rule.operator)) {
      throw new Error("unknown operator: " + rule.operator);
    }
    if (answer == null || String(answer).trim() === "") return null;
    if (rule.type === "choice") return criterion.answers.hasOwnProperty(answer) ? answer : null;
    var value = Number(answer);
    return isFinite(value) && value >= criterion.min && value <= criterion.max ? value : null;
  }

  // The outcome for `given` (criterion id -> answer), the criteria not met and
  // those still unanswered; throws on a rule type or operator it does not know.
  function evaluate(rules, given) {
    var answers = {};
    var unanswered = [];
    rules.criteria.forEach(function (criterion) {
      answers[criterion.id] = answerOf(criterion, given[criterion.id]);
      if (answers[criterion.id] === null) unanswered.push(criterion);
    });
    if (unanswered.length) return { outcome: null, notMet: [], unanswered: unanswered, answers: answers };
    var notMet = rules.criteria.filter(function (c) { return !RULES[c.rule.type](c.rule, answers[c.id]); });
    var wanted = notMet.map(function (c) { return c.ifNotMet; });
    var outcome = rules.outcomes.filter(function (o) {
      return notMet.length ? wanted.indexOf(o.id) !== -1 : o.allMet;
    })[0];
    return { outcome: outcome, notMet: notMet, unanswered: [], answers: answers };
  }

  // Under Node (the unit tests): the evaluator alone, without the page.
  if (typeof module === "object" && module.exports) {
    module.exports = { evaluate: evaluate, types: Object.keys(RULES), operators: Object.keys(OPERATORS) };
  }
  if (typeof document === "undefined") return;
  // The page loads this script with the site's others once it has shown
  // (hooks/e2c/publish/page_start.js): the form is there, laid out already
  // (e2c.css, "scripting: enabled"); it starts working now.
  start();

  function start() {
    var form = document.getElementById("e2c-check");
    var result = document.getElementById("e2c-result");
    var data = document.getElementById("e2c-rules");
    if (!form || !result || !data) return;

    var rules = JSON.parse(data.textContent);
    var ui = rules.ui;
    var language = document.documentElement.lang || "fr";

    // The answers as the form holds them: what is typed, the choice checked.
    function formAnswers() {
      var answers = {};
      rules.criteria.forEach(function (criterion) {
        var field = criterion.input === "number"
          ? form.elements[criterion.id]
          : form.querySelector('input[name="' + criterion.id + '"]:checked');
        answers[criterion.id] = field && field.value;
      });
      return answers;
    }

    function escapeText(text) {
      var div = document.createElement("div");
      div.textContent = text;
      return div.innerHTML;
    }

    function answerText(criterion, answer) {
      if (criterion.input === "number") return answer + " " + criterion.unit;
      return criterion.answers[answer];
    }

    function resultHtml(state) {
      var parts = [
        '<div class="e2c-verdict e2c-verdict--' + state.outcome.colour + '">',
        // The outcome's pictogram: inline SVG from Material's icons, made at build.
        '<h2 id="resultat" tabindex="-1">' + state.outcome.icon +
          "<span>" + escapeText(state.outcome.title) + "</span></h2>",
      ];
      // Texts marked as HTML were escaped and formatted at build (e2c.text).
      parts.push(state.outcome.nextSteps);
      if (state.notMet.length) {
        parts.push("<h3>" + escapeText(ui.notMet) + '</h3><ul class="e2c-not-met">');
        state.notMet.forEach(function (c) {
          var item = '<li data-criterion="' + c.id + '"><p><strong>' + escapeText(c.reason) +
            "</strong></p>" + c.explanation;
          if (c.comeBack) item += '<p class="e2c-come-back">' + escapeText(c.comeBack) + "</p>";
          if (!c.whereToTurnAlone || state.notMet.length === 1) {
            item += "<p><strong>" + escapeText(ui.whereToTurn) + "</strong></p>" + c.whereToTurn;
          }
          parts.push(item + "</li>");
        });
        parts.push("</ul>");
      }
      parts.push('<p class="e2c-result-links">');
      state.outcome.actions.forEach(function (action) {
        parts.push(
          '<a class="md-button md-button--primary" href="' + escapeText(action.url) + '">' +
          escapeText(action.label) + "</a> "
        );
      });
      parts.push("</p></div>");
      parts.push('<p class="e2c-motivation">' + escapeText(rules.motivation) + "</p>");
      var date = new Date().toLocaleDateString(language, { year: "numeric", month: "long", day: "numeric" });
      parts.push('<div class="e2c-print-only"><p>' + escapeText(ui.date) + " " + escapeText(date) + "</p>");
      parts.push("<h3>" + escapeText(ui.answers) + "</h3><ul>");
      rules.criteria.forEach(function (c) {
        parts.push("<li>" + escapeText(c.question) + " " + escapeText(answerText(c, state.answers[c.id])) + "</li>");
      });
      parts.push("</ul></div>");
      parts.push(
        '<div class="e2c-result-actions">' +
        '<button type="button" class="md-button" data-action="print">' + escapeText(ui.print) + "</button>" +
        '<button type="button" class="md-button" data-action="restart">' + escapeText(ui.restart) + "</button></div>"
      );
      return parts.join("");
    }

    function missingHtml(state) {
      var items = state.unanswered.map(function (c) {
        return '<li><a href="#fieldset-' + c.id + '">' + escapeText(c.question) + "</a></li>";
      });
      return "<p>" + escapeText(ui.unanswered) + "</p><ul>" + items.join("") + "</ul>";
    }

    var shown = "";

    // Shows the result once every question is answered; on submit, also says
    // which questions are left. The live region announces each new result once.
    function update(submitted) {
      var state = evaluate(rules, formAnswers());
      var key = state.outcome
        ? state.outcome.id + ":" + JSON.stringify(state.answers)
        : submitted ? "missing:" + state.unanswered.length : "";
      if (key === shown) return state;
      shown = key;
      result.setAttribute("data-outcome", state.outcome ? state.outcome.id : "");
      result.setAttribute("data-colour", state.outcome ? state.outcome.colour : "");
      if (state.outcome) result.innerHTML = resultHtml(state);
      else result.innerHTML = submitted ? missingHtml(state) : "";
      return state;
    }

    // "change", not "input": a number counts once typed (the field left, or
    // Enter), so no verdict flashes while "2" of "25" is on screen.
    form.addEventListener("change", function () {
      var before = shown;
      var state = update(false);
      if (state.outcome && shown !== before) {
        document.getElementById("resultat").scrollIntoView({ block: "start" });
      }
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var state = update(true);
      var target = state.outcome ? document.getElementById("resultat") : result.querySelector("a");
      if (target) target.focus();
    });
    result.addEventListener("click", function (event) {
      var button = event.target.closest("button[data-action]");
      if (!button) return;
      if (button.getAttribute("data-action") === "print") {
        window.print();
      } else {
        form.reset();
        shown = "";
        result.innerHTML = "";
        result.setAttribute("data-outcome", "");
        result.setAttribute("data-colour", "");
        form.querySelector("input").focus();
      }
    });

    // Rules it does not know: no result could be trusted, so no form (where
    // scripts run, e2c.css shows it before this script arrives).
    try {
      evaluate(rules, {});
    } catch (error) {
      form.remove();
      throw error;
    }
    form.hidden = false;  // a form that gives no result without the script stays hidden
    form.querySelector(".e2c-form-actions").hidden = false;
    update(false);  // the answers given before the script arrived
  }
})();
