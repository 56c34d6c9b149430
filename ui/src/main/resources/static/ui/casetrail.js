// Casetrail pages: the CSRF token on htmx requests, drafts kept in this browser, and a warning before the
// session ends. Everything works without JavaScript except the drafts and the warning.
(function () {
  'use strict';
  var meta = function (name) {
    var element = document.querySelector('meta[name="' + name + '"]');
    return element ? element.getAttribute('content') : null;
  };
  var csrfHeader = meta('_csrf_header');
  var csrfToken = meta('_csrf');

  document.body.addEventListener('htmx:configRequest', function (event) {
    if (csrfHeader && csrfToken) {
      event.detail.headers[csrfHeader] = csrfToken;
    }
  });

  // Drafts: whatever is typed into a form is kept in localStorage until the entry is recorded, so that
  // a session that times out, a closed tab or a failed post loses nothing. A draft is the signed-in
  // user's, for one entry (the form and the ids it carries: which note a correction is of), and signing
  // out clears every draft in the browser: on a shared computer nobody else is shown what was typed.
  var DRAFT = 'casetrail-draft:';
  var SUBMITTED = 'casetrail-submitted';
  var user = meta('casetrail-user') || '';
  var skip = function (name) {
    return !name || name === '_csrf' || name === 'idempotencyKey';
  };
  var entryOf = function (form) {
    return Array.prototype.filter.call(form.querySelectorAll('input[type="hidden"]'), function (field) {
      return !skip(field.name);
    }).map(function (field) {
      return field.name + '=' + field.value;
    }).join('&');
  };
  var signOut = document.getElementById('sign-out');
  if (signOut && signOut.form) {
    signOut.form.addEventListener('submit', function () {
      for (var i = localStorage.length - 1; i >= 0; i--) {
        var stored = localStorage.key(i);
        if (stored && stored.indexOf(DRAFT) === 0) {
          localStorage.removeItem(stored);
        }
      }
    });
  }
  document.querySelectorAll('form[data-draft]').forEach(function (form) {
    var key = DRAFT + user + ':' + form.getAttribute('action') + '?' + entryOf(form);
    var save = function () {
      var values = {};
      Array.prototype.forEach.call(form.elements, function (field) {
        if (skip(field.name)) {
          return;
        }
        if (field.type === 'checkbox' || field.type === 'radio') {
          values[field.id] = field.checked;
        } else if (field.id) {
          values[field.id] = field.value;
        }
      });
      localStorage.setItem(key, JSON.stringify(values));
    };
    var saved = localStorage.getItem(key);
    // After a refused post the server shows what was typed; otherwise the draft comes back.
    if (saved && !document.getElementById('error-summary')) {
      var values = JSON.parse(saved);
      Object.keys(values).forEach(function (id) {
        var field = document.getElementById(id);
        if (!field || skip(field.name)) {
          return;
        }
        if (field.type === 'checkbox' || field.type === 'radio') {
          field.checked = values[id];
        } else {
          field.value = values[id];
        }
      });
      var notice = document.createElement('p');
      notice.className = 'govuk-inset-text';
      notice.id = 'draft-restored';
      notice.textContent = 'Your unsaved draft from this browser has been restored.';
      form.parentNode.insertBefore(notice, form);
    }
    form.addEventListener('input', save);
    form.addEventListener('change', save);
    form.addEventListener('submit', function () {
      save();
      sessionStorage.setItem(SUBMITTED, key);
    });
  });
  if (document.getElementById('recorded')) {
    var submitted = sessionStorage.getItem(SUBMITTED);
    if (submitted) {
      localStorage.removeItem(submitted);
      sessionStorage.removeItem(SUBMITTED);
    }
  }

  // The session ends after a quiet spell: warn two minutes before, and offer to stay signed in.
  var seconds = parseInt(meta('session-seconds'), 10);
  if (seconds > 0) {
    var warning = document.getElementById('session-warning');
    var lead = Math.min(120, Math.floor(seconds / 2));
    var warnTimer;
    var endTimer;
    var arm = function () {
      clearTimeout(warnTimer);
      clearTimeout(endTimer);
      warning.hidden = true;
      warnTimer = setTimeout(function () {
        document.getElementById('session-warning-minutes').textContent = String(Math.ceil(lead / 60));
        warning.hidden = false;
        document.getElementById('stay-signed-in').focus();
      }, (seconds - lead) * 1000);
      endTimer = setTimeout(function () {
        window.location.href = '/signin?timedOut';
      }, seconds * 1000);
    };
    document.getElementById('stay-signed-in').addEventListener('click', function () {
      var headers = {};
      if (csrfHeader && csrfToken) {
        headers[csrfHeader] = csrfToken;
      }
      fetch('/session/keep-alive', {method: 'POST', headers: headers, credentials: 'same-origin'}).then(arm);
    });
    document.body.addEventListener('htmx:afterRequest', arm);
    arm();
  }
})();
