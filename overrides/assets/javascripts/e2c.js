// The site's own script: small fixes to Material's behaviour. The build joins
// it into the site's one script (hooks/e2c/publish/site_script.py), which
// pages load once they have shown, just before Material's bundle
// (hooks/e2c/publish/page_start.js): what must come before Material's start
// listens for DOMContentLoaded, sent again when both have run. Everything it
// fixes also works (or is not needed) without JavaScript.

// 1. Keep Material's language selector from fetching sitemap.xml files that
// do not exist. When the page is ready, Material fetches "sitemap.xml" next to
// every <link rel="alternate"> of the page, expecting links to language
// roots; this site's alternate links point at the same page in the other
// language, so those fetches would all fail. This listener runs before
// Material's, hides the links while Material starts, then puts them back.
document.addEventListener(
  "DOMContentLoaded",
  function () {
    var links = document.querySelectorAll('link[rel="alternate"][hreflang]');
    links.forEach(function (link) {
      link.rel = "x-alternate";
    });
    setTimeout(function () {
      links.forEach(function (link) {
        link.rel = "alternate";
      });
    }, 0);
  },
  { once: true }
);

// 2. The phone menu and the search opener as real buttons. Material makes
// them <label> elements for hidden checkboxes, which work without JavaScript
// but cannot take the keyboard focus or tell a screen reader what they do.
// With JavaScript, each label gives way to a button that presses it, named
// by the label's data-e2c-name (the build writes it, in the page's language).
var toggleButtons = {};

document.addEventListener("DOMContentLoaded", function () {
  ["__drawer", "__search"].forEach(function (id) {
    var input = document.getElementById(id);
    var label = document.querySelector('.md-header label.md-header__button[for="' + id + '"]');
    if (!input || !label) return;
    var button = document.createElement("button");
    button.type = "button";
    button.className = label.className;
    button.innerHTML = label.innerHTML;
    button.setAttribute("aria-label", label.getAttribute("data-e2c-name"));
    button.setAttribute("data-e2c-toggle", id);
    button.setAttribute("aria-expanded", String(input.checked));
    button.addEventListener("click", function () {
      label.click();
      // Opening search from the keyboard should land in its input.
      var query = document.querySelector(".md-search__input");
      if (id === "__search" && input.checked && query) query.focus();
    });
    input.addEventListener("change", function () {
      button.setAttribute("aria-expanded", String(input.checked));
    });
    label.hidden = true;
    label.after(button);
    toggleButtons[id] = button;
  });
});

// 3. Keys. The menu's sections are labels too: Enter or Space opens them.
// The palette toggle is a hidden radio whose visible label follows it: Enter
// or Space picks the other palette, keeping the focus on the toggle. Escape
// closes the open menu and gives the focus back to its button.
document.addEventListener("keydown", function (event) {
  var target = event.target;
  if (event.key === "Escape") {
    var drawer = document.getElementById("__drawer");
    if (drawer && drawer.checked) {
      drawer.click();
      if (toggleButtons.__drawer) toggleButtons.__drawer.focus();
    }
    return;
  }
  if (event.key !== "Enter" && event.key !== " ") return;
  if (target.matches('label[for][tabindex="0"]')) {
    event.preventDefault();
    target.click();
  } else if (target.matches("input.md-option")) {
    var label = target.nextElementSibling;
    if (!label || !label.htmlFor) return;
    event.preventDefault();
    label.click();
    var chosen = document.getElementById(label.htmlFor);
    if (chosen) chosen.focus();
  }
});

// 4. Share: copy the page's link, or open the phone's own share sheet (Web
// Share API) where the browser has one. Both buttons stay hidden otherwise.
document.addEventListener("DOMContentLoaded", function () {
  var status = document.querySelector(".e2c-share__status");
  var copy = document.querySelector("[data-e2c-copy]");
  if (copy && navigator.clipboard) {
    copy.parentElement.hidden = false;
    copy.addEventListener("click", function () {
      navigator.clipboard.writeText(copy.getAttribute("data-e2c-copy")).then(function () {
        if (status) status.textContent = status.getAttribute("data-e2c-copied");
      });
    });
  }
  // Texts for partners to copy (the advisers' page): one button each.
  if (navigator.clipboard) {
    document.querySelectorAll("[data-e2c-copy-text]").forEach(function (button) {
      var source = document.getElementById(button.getAttribute("data-e2c-copy-text"));
      var said = button.parentElement.querySelector(".e2c-copy-status");
      if (!source) return;
      button.parentElement.hidden = false;
      button.addEventListener("click", function () {
        navigator.clipboard.writeText(source.textContent).then(function () {
          if (said) said.textContent = button.getAttribute("data-e2c-copied");
        });
      });
    });
  }
  var share = document.querySelector("[data-e2c-share]");
  if (share && navigator.share) {
    share.parentElement.hidden = false;
    share.addEventListener("click", function () {
      navigator
        .share({ title: share.getAttribute("data-e2c-share-title"), url: share.getAttribute("data-e2c-share") })
        .catch(function () {}); // the reader closed the share sheet
    });
  }
});

// 5. The search files load when the reader opens search, not with every
// page: most readers never search, and on a phone plan the index and the
// search engine cost more than the page itself. Material asks for the index
// (XMLHttpRequest) and starts its search worker as soon as a page loads; both
// wait here until the search opens (or until a search result is opened, whose
// address asks Material to highlight the words searched for).
(function () {
  var opened = /[?&]h=/.test(location.search);
  var waiting = [];
  function openSearch() {
    if (opened) return;
    opened = true;
    waiting.splice(0).forEach(function (run) {
      run();
    });
  }
  function whenSearchOpens(run) {
    if (opened) run();
    else waiting.push(run);
  }
  document.addEventListener("change", function (event) {
    if (event.target.id === "__search" && event.target.checked) openSearch();
  });
  document.addEventListener("focusin", function (event) {
    if (event.target.matches && event.target.matches(".md-search__input")) openSearch();
  });

  var open = XMLHttpRequest.prototype.open;
  var send = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.open = function (method, url) {
    this.e2cSearchIndex = /\/search\/search_index\.json$/.test(String(url));
    return open.apply(this, arguments);
  };
  XMLHttpRequest.prototype.send = function () {
    var request = this;
    var body = arguments;
    if (!request.e2cSearchIndex) return send.apply(request, body);
    whenSearchOpens(function () {
      send.apply(request, body);
    });
  };

  // Material talks to its worker with postMessage and "message" listeners
  // only, and sends nothing before the index has come: the real worker is
  // started by the first message.
  var RealWorker = window.Worker;
  if (!RealWorker) return;
  window.Worker = function (url, options) {
    if (!/\/workers\/search\.[^/]*\.js$/.test(String(url))) return new RealWorker(url, options);
    var worker = null;
    var listeners = [];
    return {
      addEventListener: function (type, listener, listenerOptions) {
        listeners.push([type, listener, listenerOptions]);
        if (worker) worker.addEventListener(type, listener, listenerOptions);
      },
      removeEventListener: function (type, listener, listenerOptions) {
        listeners = listeners.filter(function (entry) {
          return entry[0] !== type || entry[1] !== listener;
        });
        if (worker) worker.removeEventListener(type, listener, listenerOptions);
      },
      postMessage: function (message, transfer) {
        if (!worker) {
          worker = new RealWorker(url, options);
          listeners.forEach(function (entry) {
            worker.addEventListener(entry[0], entry[1], entry[2]);
          });
        }
        worker.postMessage(message, transfer);
      },
      terminate: function () {
        if (worker) worker.terminate();
      },
    };
  };
})();

// 6. "Écouter": the article read aloud by the phone's own voice, where it has
// one in the page's language; a block at a time (long texts get cut off).
document.addEventListener("DOMContentLoaded", function () {
  var synth = window.speechSynthesis;
  var box = document.querySelector(".e2c-listen");
  if (!box) return;
  var voice, utterance, paused;
  // On a touch screen its place is kept from the start (e2c.css): given back
  // where no voice reads the page's language, once the phone has listed its
  // voices or after a few seconds.
  function noVoice() {
    if (!voice) box.classList.add("e2c-listen--none");
  }
  if (!synth) return noVoice();
  var lang = document.documentElement.lang;
  var buttons = box.querySelectorAll("button");
  var run = 0;

  function findVoice() {
    var voices = synth.getVoices();
    voice = voices.filter(function (v) {
      return v.lang.indexOf(lang) === 0;
    })[0];
    if (voice) box.hidden = false;
    else if (voices.length) noVoice();
  }
  findVoice();
  synth.addEventListener("voiceschanged", findVoice);
  setTimeout(noVoice, 3000);

  function blocks() {
    var walker = document.createTreeWalker(document.querySelector(".md-content__inner"), 4);
    var texts = [];
    var node, parent, block, last;
    while ((node = walker.nextNode())) {
      parent = node.parentElement;
      if (parent.closest(".e2c-listen,.e2c-share,.e2c-back,svg,[aria-hidden=true]") || !parent.getClientRects().length) continue;
      block = parent.closest("h1,h2,h3,h4,h5,h6,p,li,dt,dd,th,td,legend,label,pre,.md-button,div");
      if (block !== last) texts.push("");
      texts[texts.length - 1] += node.data;
      last = block;
    }
    return texts
      .map(function (text) {
        return text.replace(/\s+/g, " ").trim();
      })
      .filter(Boolean);
  }

  function show(speaking) {
    var focused = box.contains(document.activeElement);
    buttons[0].hidden = speaking;
    buttons[1].hidden = buttons[2].hidden = !speaking;
    buttons[1].textContent = box.getAttribute("data-e2c-pause");
    paused = false;
    if (focused) buttons[speaking ? 1 : 0].focus();
  }

  function speak(texts, i, mine) {
    if (mine !== run) return; // stopped, or started again
    if (i >= texts.length) return show(false);
    utterance = new SpeechSynthesisUtterance(texts[i]); // kept, or it may never end
    utterance.lang = lang;
    if (voice) utterance.voice = voice;
    utterance.onend = utterance.onerror = function () {
      speak(texts, i + 1, mine);
    };
    synth.speak(utterance);
  }

  function cancel() {
    run++;
    synth.cancel();
  }
  buttons[0].addEventListener("click", function () {
    cancel();
    show(true);
    speak(blocks(), 0, run);
  });
  buttons[1].addEventListener("click", function () {
    paused = !paused;
    if (paused) synth.pause();
    else synth.resume();
    buttons[1].textContent = box.getAttribute(paused ? "data-e2c-resume" : "data-e2c-pause");
  });
  buttons[2].addEventListener("click", function () {
    cancel();
    show(false);
  });
  addEventListener("pagehide", cancel);
});
