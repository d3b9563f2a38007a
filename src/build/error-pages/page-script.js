// The error page's only script, inlined and allowed by its hash. Plain ES2017 that every browser of
// the last years runs as written: no build step sits between this file and the page.
(function () {
  'use strict';
  var doc = document;
  var sections = doc.querySelectorAll('main > section[lang]');
  // A page in both languages (HAProxy, Cloudflare) puts the visitor's first, by the site's own rule:
  // Russian when Russian is anywhere among the browser's languages.
  if (sections.length > 1) {
    var wanted = (navigator.languages || [navigator.language]).some(function (tag) {
      return /^ru/i.test(tag);
    }) ? 'ru' : 'en';
    for (var i = 0; i < sections.length; i++) {
      if (sections[i].lang === wanted && i > 0) {
        sections[0].parentNode.insertBefore(sections[i], sections[0]);
        doc.documentElement.lang = wanted;
        doc.title = sections[i].getAttribute('data-title');
      }
    }
  }
  var first = doc.querySelector('main > section[lang]') || doc.querySelector('main');

  // The details to quote: the server's time where it put one in (it matches its logs), else the browser's.
  var stamp = doc.querySelector('[data-fill=utc]');
  var serverTime = stamp && Date.parse(stamp.textContent.trim());
  var shown = serverTime ? new Date(serverTime) : new Date();
  var utc = shown.toISOString().slice(0, 19).replace('T', ' ') + ' UTC';
  var address = location.href.split('#')[0];
  doc.querySelectorAll('[data-fill]').forEach(function (slot) {
    var kind = slot.getAttribute('data-fill');
    // The local time in the words of the section it stands in.
    var local = kind === 'local' && shown.toLocaleString(slot.closest('[lang]').lang, { dateStyle: 'long', timeStyle: 'long' });
    slot.textContent = kind === 'utc' ? utc : local || address;
  });

  var panel = first.querySelector('[data-retry]');
  if (!panel || !window.fetch) return;
  var count = panel.querySelector('[data-count]');
  var said = panel.querySelector('[role=status]');
  var button = panel.querySelector('button');
  var say = function (key) {
    said.textContent = panel.getAttribute('data-' + key);
  };
  // Seconds at first, then longer, never more than two minutes apart; about a quarter of an hour in all.
  var DELAYS = [5, 10, 20, 40, 60, 120];
  var GIVE_UP_AFTER = 15 * 60 * 1000;
  var started = Date.now();
  var attempt = 0;
  var due = 0;
  var timer = 0;
  var busy = false;

  var clock = function (seconds) {
    var s = Math.max(0, Math.ceil(seconds));
    return Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0');
  };
  // The countdown is plain text, not a live region: a screen reader hears it when it reads it, and
  // hears the role="status" line only when something happens.
  var tick = function () {
    var left = (due - Date.now()) / 1000;
    count.textContent = panel.getAttribute('data-wait').replace('{{time}}', clock(left));
    if (left <= 0) check(false);
  };
  var wait = function (retryAfter) {
    var seconds = retryAfter || DELAYS[Math.min(attempt, DELAYS.length - 1)];
    attempt++;
    if (Date.now() + seconds * 1000 - started > GIVE_UP_AFTER) return stop();
    due = Date.now() + seconds * 1000;
    clearInterval(timer);
    timer = setInterval(tick, 1000);
    tick();
  };
  var stop = function () {
    clearInterval(timer);
    count.textContent = '';
    // Focus on the button would be lost with it: it moves to the line that says why.
    if (doc.activeElement === button) {
      said.tabIndex = -1;
      said.focus();
    }
    button.hidden = true;
    say('stopped');
  };
  // Retry-After is seconds or an HTTP date; anything else is ignored.
  var retryAfter = function (response) {
    var value = response.headers.get('Retry-After');
    if (!value) return 0;
    var seconds = /^\d+$/.test(value) ? Number(value) : (Date.parse(value) - Date.now()) / 1000;
    return seconds > 0 ? Math.max(1, Math.round(seconds)) : 0;
  };
  var check = function (asked) {
    if (busy) return;
    busy = true;
    clearInterval(timer);
    count.textContent = panel.getAttribute('data-checking');
    // The same address, never another origin; a redirect counts as an answer and is followed by the reload.
    fetch(address, { cache: 'no-store', credentials: 'same-origin', redirect: 'manual' }).then(
      function (response) {
        busy = false;
        if ([502, 503, 504].indexOf(response.status) < 0) {
          say('back');
          // A plain GET of the address: a form that failed is not sent again.
          location.replace(address);
          return;
        }
        if (asked) say('still-down');
        wait(retryAfter(response));
      },
      function () {
        busy = false;
        if (asked) say('still-down');
        wait(0);
      },
    );
  };

  button.addEventListener('click', function () {
    check(true);
  });
  panel.hidden = false;
  wait(0);
})();
