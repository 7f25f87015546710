// StoryLens web UI: live updates without a reload. Served by the service as /ui/live.js (the
// pages' Content-Security-Policy allows script only from the service itself, and no inline
// script). A page that wants updates says so on <body>: data-live="list" (any change redraws it)
// or data-live="story" with data-story="ID" (a change of that story redraws it), and
// data-sequence="N", the library's change sequence when the page was made. Every few seconds the
// script asks GET /api/changes?since=N which stories changed; when one concerns the page, it
// fetches the same page again, swaps the new body in (scroll position and open <details> kept),
// marks what is new and says so in a notice. Without script, the page reloads itself (a meta
// refresh inside <noscript>).
(function () {
  'use strict';
  var body = document.body;
  var kind = body.getAttribute('data-live');
  if (kind !== 'list' && kind !== 'story') {
    return;
  }
  var story = body.getAttribute('data-story');
  var sequence = Number(body.getAttribute('data-sequence') || '0');
  var EVERY_MS = 3000;
  var busy = false;

  function links(root, selector) {
    var seen = new Set();
    root.querySelectorAll(selector).forEach(function (a) { seen.add(a.getAttribute('href')); });
    return seen;
  }

  function notice(text) {
    var box = document.getElementById('live-notice');
    if (!box) {
      box = document.createElement('div');
      box.id = 'live-notice';
      box.className = 'live-notice';
      box.setAttribute('role', 'status');
      box.setAttribute('aria-live', 'polite');
      document.body.insertBefore(box, document.body.firstChild);
    }
    box.textContent = text;
  }

  function time() {
    return new Date().toLocaleTimeString();
  }

  function plural(n, one, many) {
    return n + ' ' + (n === 1 ? one : many);
  }

  function swap(fresh) {
    var open = [];
    document.querySelectorAll('details').forEach(function (d, i) { if (d.open) { open.push(i); } });
    var x = window.scrollX;
    var y = window.scrollY;
    var nodes = Array.prototype.slice.call(fresh.body.childNodes);
    while (body.firstChild) {
      body.removeChild(body.firstChild);
    }
    nodes.forEach(function (n) { body.appendChild(document.adoptNode(n)); });
    ['data-sequence', 'data-articles'].forEach(function (name) {
      if (fresh.body.hasAttribute(name)) {
        body.setAttribute(name, fresh.body.getAttribute(name));
      }
    });
    var details = document.querySelectorAll('details');
    open.forEach(function (i) { if (details[i]) { details[i].open = true; } });
    if (fresh.title) {
      document.title = fresh.title;
    }
    window.scrollTo(x, y);
  }

  function refresh(changed) {
    var selector = kind === 'story' ? 'a.article-link' : 'ol.stories a';
    var before = links(document, selector);
    var articlesBefore = Number(body.getAttribute('data-articles') || '0');
    return fetch(location.pathname + location.search, { cache: 'no-store', credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) {
          notice(kind === 'story'
            ? 'This story is no longer in the library as it was (it may have joined another story): go back to all stories.'
            : 'The page could not be updated (' + response.status + ').');
          return null;
        }
        return response.text();
      })
      .then(function (html) {
        if (html === null) {
          return;
        }
        var fresh = new DOMParser().parseFromString(html, 'text/html');
        swap(fresh);
        var added = 0;
        document.querySelectorAll(selector).forEach(function (a) {
          if (!before.has(a.getAttribute('href'))) {
            a.classList.add('fresh');
            added++;
          }
        });
        if (kind === 'list') {
          document.querySelectorAll(selector).forEach(function (a) {
            var id = a.getAttribute('href').replace('/stories/', '');
            if (changed.indexOf(id) >= 0) {
              a.classList.add('fresh');
            }
          });
          notice('Updated at ' + time() + ': ' + plural(changed.length, 'story', 'stories') + ' changed, '
            + plural(added, 'new story', 'new stories') + '.');
        } else {
          var now = Number(body.getAttribute('data-articles') || '0');
          var more = Math.max(now - articlesBefore, added);
          notice('Updated at ' + time() + ': ' + plural(more, 'new article', 'new articles') + ' ('
            + plural(now, 'article', 'articles') + ' now).');
        }
      });
  }

  function poll() {
    if (busy || document.hidden) {
      return;
    }
    busy = true;
    fetch('/api/changes?since=' + sequence, { cache: 'no-store', credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (changes) {
        if (!changes || changes.sequence === sequence) {
          return null;
        }
        var mine = kind === 'story' ? changes.stories.indexOf(story) >= 0 : changes.stories.length > 0;
        // a lower sequence means the service started over on other data: redraw to be sure
        var work = mine || changes.sequence < sequence ? refresh(changes.stories) : null;
        sequence = changes.sequence;
        if (work && kind === 'story') {
          // a story page is of the change its report was computed at: while the report is being
          // recomputed the page is older than the story, so ask again until it has caught up
          return work.then(function () {
            var shown = Number(body.getAttribute('data-sequence') || '0');
            if (shown < sequence) {
              sequence = shown;
            }
          });
        }
        return work;
      })
      .catch(function () { /* the service is away for a moment: ask again at the next tick */ })
      .then(function () { busy = false; });
  }

  window.setInterval(poll, EVERY_MS);
  document.addEventListener('visibilitychange', poll);
}());
