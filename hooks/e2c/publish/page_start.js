// The one script written into every page (e2c.publish.page_start), in its
// header: the same bytes on every page, so that one hash in the
// Content-Security-Policy allows it. What differs from page to page is in the
// script's data- attributes: Material's storage scope as the page gives it
// (its way back to the site's root), and the files to load.
//
// 1. The palette the reader chose, put on <body> before the page shows: a
//    reader who chose dark never sees the page light first. Material keeps
//    the choice in localStorage, under the path of its storage scope.
// 2. The site's scripts (ours, then Material's bundle), fetched only once the
//    page has shown: on a slow line a second connection and 33 KB would hold
//    the text back. Both were written to start on DOMContentLoaded, which has
//    passed by then: it is sent once more when both have run, in order.
(function () {
  var script = document.currentScript;
  var scope = new URL(script.getAttribute("data-e2c-scope"), location);
  var color;
  try {
    color = JSON.parse(localStorage.getItem(scope.pathname + ".__palette")).color;
  } catch (error) {
    // Nothing chosen yet, or storage turned off: the system's palette.
  }
  if (color) {
    // Material's automatic toggle (follow the system) stands for the palette
    // that matches the system's setting now.
    if (color.media === "(prefers-color-scheme)") {
      var dark = matchMedia("(prefers-color-scheme: dark)").matches;
      var input = document.querySelector(
        "[data-md-color-media='(prefers-color-scheme: " + (dark ? "dark" : "light") + ")']"
      );
      if (input) {
        ["media", "scheme", "primary", "accent"].forEach(function (key) {
          color[key] = input.getAttribute("data-md-color-" + key);
        });
      }
    }
    Object.keys(color).forEach(function (key) {
      document.body.setAttribute("data-md-color-" + key, color[key]);
    });
  }

  var started = false;
  function load() {
    if (started) return;
    started = true;
    var sources = script.getAttribute("data-e2c-scripts").split(" ");
    var waiting = sources.length;
    function ran() {
      waiting -= 1;
      // In a task of its own: Material's start is not added to its bundle's
      // first run, and no task holds the phone's processor long.
      if (waiting === 0) {
        setTimeout(function () {
          document.dispatchEvent(new Event("DOMContentLoaded", { bubbles: true }));
        }, 0);
      }
    }
    sources.forEach(function (source) {
      var tag = document.createElement("script");
      tag.src = source;
      tag.async = false; // run in the order given, each as soon as it is here
      tag.addEventListener("load", ran);
      tag.addEventListener("error", ran);
      document.body.appendChild(tag);
    });
  }
  // After the load event, once the browser reports the page's first paint
  // (it does once the paint is on screen), and one frame more. A tab in the
  // background paints nothing; a picture that never arrives holds the load
  // event: then a few seconds after the page is read.
  function nextFrame() {
    requestAnimationFrame(function () {
      setTimeout(load, 0);
    });
  }
  function afterShown() {
    if (document.hidden) return load();
    try {
      new PerformanceObserver(function (list, observer) {
        if (!list.getEntriesByName("first-contentful-paint").length) return;
        observer.disconnect();
        nextFrame();
      }).observe({ type: "paint", buffered: true });
    } catch (error) {
      nextFrame(); // a browser that does not report paints
    }
  }
  if (document.readyState === "complete") {
    afterShown();
  } else {
    addEventListener("load", afterShown);
    document.addEventListener(
      "DOMContentLoaded",
      function () {
        setTimeout(load, 3000);
      },
      { once: true }
    );
  }
})();
