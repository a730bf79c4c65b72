/*
 * Clairbot web chat widget.
 *
 * Embed with: <script src="https://HOST/static/widget/widget.js" data-tenant="verdalis" defer>
 *
 * Privacy by default: until the visitor opens the chat, the script only draws a launcher
 * button. It sets no cookie, writes nothing to localStorage or sessionStorage and makes no
 * network call (its styles for the panel are fetched on open). After opening, `{id, token}`
 * of the conversation is kept in sessionStorage so that a reload resumes it.
 *
 * Texts: the widget's own labels live in the small FR/EN dictionary below, not in the
 * server's translation catalogue, because the script runs on a third-party page and has
 * nothing to ask the server before the visitor's first call. Everything the bot says
 * comes from the server in the conversation's language.
 */
(function () {
  "use strict";

  var script = document.currentScript;
  if (!script || !script.src) { return; }
  var ORIGIN = new URL(script.src).origin;
  var BASE = script.src.replace(/[^/]*$/, "");
  var TENANT = script.getAttribute("data-tenant") || "";
  var STORE_KEY = "clairbot:" + (TENANT || "default");
  var POLL_MS = 3000;

  var TEXTS = {
    fr: {
      launcher: "Assistant IA",
      badge: "Assistant IA",
      title: "Discussion avec notre assistant",
      close: "Fermer la discussion",
      human: "Parler à une personne",
      privacy: "Confidentialité",
      messages: "Messages de la discussion",
      input: "Votre message",
      placeholder: "Écrivez votre question…",
      send: "Envoyer",
      ai: "IA",
      you: "Vous",
      source: "Source :",
      owner: "responsable :",
      error: "Le message n'a pas pu être envoyé. Réessayez dans un instant.",
      start_error: "La discussion n'a pas pu démarrer. Réessayez dans un instant.",
      useful: "Réponse utile",
      not_useful: "Réponse pas utile",
      report: "Signaler un problème",
      report_label: "Décrivez le problème (facultatif)",
      report_send: "Envoyer le signalement",
      report_cancel: "Annuler",
      report_done: "Merci, votre signalement a été envoyé.",
      feedback_error: "Votre avis n'a pas pu être envoyé. Réessayez dans un instant.",
      csat: "Êtes-vous satisfait de cet échange ?",
      csat_scale: "1 = pas du tout satisfait, 5 = très satisfait",
      csat_score: "{n} sur 5",
      csat_skip: "Passer",
      roles: { agent: "conseiller", admin: "responsable" }
    },
    en: {
      launcher: "AI assistant",
      badge: "AI assistant",
      title: "Chat with our assistant",
      close: "Close the chat",
      human: "Talk to a person",
      privacy: "Privacy",
      messages: "Chat messages",
      input: "Your message",
      placeholder: "Type your question…",
      send: "Send",
      ai: "AI",
      you: "You",
      source: "Source:",
      owner: "owner:",
      error: "The message could not be sent. Please try again in a moment.",
      start_error: "The chat could not start. Please try again in a moment.",
      useful: "Useful answer",
      not_useful: "Not useful",
      report: "Report a problem",
      report_label: "Describe the problem (optional)",
      report_send: "Send the report",
      report_cancel: "Cancel",
      report_done: "Thank you, your report was sent.",
      feedback_error: "Your feedback could not be sent. Please try again in a moment.",
      csat: "How satisfied are you with this conversation?",
      csat_scale: "1 = not at all satisfied, 5 = very satisfied",
      csat_score: "{n} out of 5",
      csat_skip: "Skip",
      roles: { agent: "support agent", admin: "manager" }
    }
  };

  // Only what the launcher needs; the panel's styles (widget.css) load on open.
  var LAUNCHER_CSS =
    ":host{all:initial}" +
    ".launcher{position:fixed;right:20px;bottom:20px;z-index:2147483000;" +
    "font:600 15px/1.2 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;" +
    "color:#fff;background:#0b4f6c;border:2px solid #fff;border-radius:24px;" +
    "padding:12px 18px;cursor:pointer;box-shadow:0 4px 14px rgba(0,0,0,.25)}" +
    ".launcher:hover{background:#083a50}" +
    ".launcher:focus-visible{outline:3px solid #f2a900;outline-offset:2px}" +
    ".launcher[hidden],.panel[hidden]{display:none}";

  // Feedback controls' styles: added to the panel when it is built (never before opening).
  var FEEDBACK_CSS =
    ".feedback{display:flex;flex-wrap:wrap;gap:6px;align-items:center;margin-top:6px}" +
    ".feedback .thumb{font:inherit;background:#fff;border:1px solid #8a9aa3;" +
    "border-radius:14px;padding:2px 10px;cursor:pointer}" +
    ".feedback .thumb[aria-pressed=true]{background:#0b4f6c;color:#fff;border-color:#0b4f6c}" +
    ".feedback .thumb:disabled{cursor:default}" +
    ".feedback .thumb:disabled:not([aria-pressed=true]){opacity:.5}" +
    ".feedback .report{font:inherit;font-size:.85em;background:none;border:0;padding:0;" +
    "color:#0b4f6c;text-decoration:underline;cursor:pointer}" +
    ".report-form{display:flex;flex-direction:column;gap:4px;margin-top:6px;width:100%}" +
    ".report-form textarea{font:inherit;width:100%;box-sizing:border-box}" +
    ".report-form .buttons{display:flex;gap:6px}" +
    ".done{font-size:.85em;margin:4px 0 0}" +
    ".csat{padding:10px 12px;border-top:1px solid #d5dde1}" +
    ".csat p{margin:0 0 6px}.csat .scale{font-size:.85em;color:#44545c}" +
    ".csat .scores{display:flex;gap:6px;flex-wrap:wrap}" +
    ".csat button{font:inherit;min-width:36px;padding:6px 10px;cursor:pointer}" +
    ".csat[hidden]{display:none}" +
    "button:focus-visible,textarea:focus-visible{outline:3px solid #f2a900;outline-offset:2px}";

  function pickLang() {
    var tag = (document.documentElement.getAttribute("lang") || navigator.language || "fr");
    return tag.toLowerCase().indexOf("en") === 0 ? "en" : "fr";
  }

  var lang = pickLang();
  var T = TEXTS[lang];

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) { node.setAttribute(key, attrs[key]); });
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  // ---- shell: launcher only ---------------------------------------------------------
  var host = el("div", { "data-clairbot-widget": "" });
  var root = host.attachShadow({ mode: "open" });
  var baseStyle = el("style", {}, LAUNCHER_CSS);
  var launcher = el("button", { type: "button", "class": "launcher",
                                "aria-haspopup": "dialog", "aria-expanded": "false" },
                    T.launcher);
  root.appendChild(baseStyle);
  root.appendChild(launcher);

  // ---- state --------------------------------------------------------------------------
  var panel = null;
  var parts = {};
  var conversation = null;  // {id, token}
  var seen = {};
  var socket = null;
  var pollTimer = null;
  var stylesLoaded = null;
  var exchanged = false;  // the visitor has written and someone has answered
  var askedVisitor = false;
  var rated = {};  // message id -> kind, for thumbs already sent
  var csatAsked = false;  // the CSAT question was answered or skipped (once per conversation)

  function readStore() {
    try {
      var raw = window.sessionStorage.getItem(STORE_KEY);
      return raw ? JSON.parse(raw) : null;
    } catch (e) { return null; }
  }

  function writeStore(open) {
    try {
      window.sessionStorage.setItem(STORE_KEY, JSON.stringify(
        { id: conversation.id, token: conversation.token, lang: lang, open: open,
          rated: rated, csat: csatAsked }));
    } catch (e) { /* storage refused: the chat still works for this page view */ }
  }

  function loadStyles() {
    if (!stylesLoaded) {
      stylesLoaded = new Promise(function (resolve) {
        var link = el("link", { rel: "stylesheet", href: BASE + "widget.css" });
        link.addEventListener("load", resolve);
        link.addEventListener("error", resolve);
        root.insertBefore(link, launcher);
      });
    }
    return stylesLoaded;
  }

  // ---- API ----------------------------------------------------------------------------
  function api(method, path, body) {
    var headers = { "Accept": "application/json" };
    if (body !== undefined) { headers["Content-Type"] = "application/json"; }
    if (conversation) { headers["Authorization"] = "Bearer " + conversation.token; }
    return fetch(ORIGIN + "/api/v1/conversations" + path, {
      method: method, headers: headers, credentials: "omit",
      body: body === undefined ? undefined : JSON.stringify(body)
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (data) {
        if (!response.ok) {
          var error = new Error("HTTP " + response.status);
          error.status = response.status;
          throw error;
        }
        return data;
      });
    });
  }

  function startConversation() {
    var stored = readStore();
    if (stored && stored.id && stored.token) {
      conversation = { id: stored.id, token: stored.token };
      rated = stored.rated || {};
      csatAsked = !!stored.csat;
      return api("GET", "/" + encodeURIComponent(stored.id)).then(function (data) {
        return data;
      }, function () {
        conversation = null;  // expired or unknown: start afresh
        return create();
      });
    }
    return create();
  }

  function create() {
    var body = { lang: lang, channel: "widget" };
    if (TENANT) { body.tenant = TENANT; }
    return api("POST", "", body).then(function (data) {
      conversation = { id: data.id, token: data.token };
      return data;
    });
  }

  function send(body) {
    if (!conversation) { return; }
    setError("");
    return api("POST", "/" + encodeURIComponent(conversation.id) + "/messages", body)
      .then(function (data) { render(data.messages); }, function () { setError(T.error); });
  }

  function giveFeedback(body) {
    return api("POST", "/" + encodeURIComponent(conversation.id) + "/feedback", body);
  }

  // ---- live updates -------------------------------------------------------------------
  function connect() {
    if (socket || !window.WebSocket) { if (!window.WebSocket) { startPolling(); } return; }
    var url = ORIGIN.replace(/^http/, "ws") + "/api/v1/conversations/" +
      encodeURIComponent(conversation.id) + "/ws";
    try {
      socket = new WebSocket(url);
    } catch (e) { socket = null; startPolling(); return; }
    socket.addEventListener("open", function () {
      socket.send(JSON.stringify({ type: "auth", token: conversation.token }));
    });
    socket.addEventListener("message", function (event) {
      var data;
      try { data = JSON.parse(event.data); } catch (e) { return; }
      if (data.type === "messages") { render(data.messages); }
    });
    socket.addEventListener("close", function () { socket = null; startPolling(); });
  }

  function startPolling() {
    if (pollTimer || !conversation) { return; }
    pollTimer = window.setInterval(function () {
      api("GET", "/" + encodeURIComponent(conversation.id)).then(function (data) {
        render(data.messages);
      }, function () { /* try again at the next tick */ });
    }, POLL_MS);
  }

  // ---- rendering ----------------------------------------------------------------------
  function safeUrl(url) {
    try {
      var parsed = new URL(url, window.location.href);
      return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.href : null;
    } catch (e) { return null; }
  }

  function renderSources(sources) {
    var list = el("ul", { "class": "sources" });
    sources.forEach(function (source) {
      var item = el("li", {}, T.source + " ");
      var href = source.url ? safeUrl(source.url) : null;
      var title = href ? el("a", { href: href, target: "_blank", rel: "noopener noreferrer" },
                            source.title) : el("span", {}, source.title);
      item.appendChild(title);
      if (source.owner) { item.appendChild(el("span", { "class": "owner" },
                                             " — " + T.owner + " " + source.owner)); }
      list.appendChild(item);
    });
    return list;
  }

  function renderActions(actions) {
    var box = el("div", { "class": "actions" });
    var purposes = {};
    actions.forEach(function (action) {
      if (action.type === "consent" && action.text && !purposes[action.purpose]) {
        purposes[action.purpose] = true;
        box.appendChild(el("p", { "class": "purpose" }, action.text));
      }
      if (action.type !== "handoff" && action.type !== "consent") { return; }
      var button = el("button", { type: "button", "class": "action " + action.type },
                      action.label || T.human);
      button.addEventListener("click", function () {
        var payload = { type: action.type };
        ["purpose", "decision", "version"].forEach(function (key) {
          if (action[key] !== undefined) { payload[key] = action[key]; }
        });
        send({ action: payload });
      });
      box.appendChild(button);
    });
    return box;
  }

  function renderOne(message) {
    var item = el("li", { "class": "msg " + message.role, "data-id": message.id,
                          "data-role": message.role });
    var meta = el("div", { "class": "meta" });
    if (message.role === "bot" || message.ai_generated) {
      meta.appendChild(el("span", { "class": "ai-label" }, T.ai));
    } else if (message.role === "agent" && message.author) {
      var role = T.roles[message.author.role] || message.author.role;
      meta.appendChild(el("span", { "class": "author" },
                          message.author.name + " (" + role + ")"));
    } else if (message.role === "visitor") {
      meta.appendChild(el("span", { "class": "you" }, T.you));
    }
    if (meta.childNodes.length) { item.appendChild(meta); }
    item.appendChild(el(message.role === "system" ? "em" : "p", { "class": "text" },
                        message.text));
    if (message.sources && message.sources.length) {
      item.appendChild(renderSources(message.sources));
    }
    if (message.actions && message.actions.length) {
      item.appendChild(renderActions(message.actions));
    }
    if (message.role === "visitor") { askedVisitor = true; }
    if (message.role === "bot" && askedVisitor) {
      exchanged = true;
      item.appendChild(renderFeedback(message.id));
    }
    if (message.role === "agent" && askedVisitor) { exchanged = true; }
    return item;
  }

  // Thumbs up/down (sent once per answer, the pressed one stays shown) and a problem report.
  function renderFeedback(messageId) {
    var box = el("div", { "class": "feedback" });
    var thumbs = [["thumbs_up", T.useful, "\uD83D\uDC4D"],
                  ["thumbs_down", T.not_useful, "\uD83D\uDC4E"]].map(function (spec) {
      var button = el("button", { type: "button", "class": "thumb " + spec[0],
                                  "aria-label": spec[1], title: spec[1],
                                  "aria-pressed": rated[messageId] === spec[0] ? "true" : "false"
                                }, spec[2]);
      if (rated[messageId]) { button.disabled = true; }
      button.addEventListener("click", function () { thumb(spec[0]); });
      box.appendChild(button);
      return button;
    });
    function mark(kind) {
      rated[messageId] = kind;
      thumbs.forEach(function (button) {
        button.disabled = true;
        button.setAttribute("aria-pressed",
                            button.classList.contains(kind) ? "true" : "false");
      });
    }
    function thumb(kind) {
      if (rated[messageId]) { return; }
      setError("");
      mark(kind);
      giveFeedback({ kind: kind, message_id: messageId }).then(function () {
        writeStore(true);
      }, function (error) {
        if (error.status === 409) { writeStore(true); return; }  // already given
        delete rated[messageId];
        thumbs.forEach(function (button) {
          button.disabled = false;
          button.setAttribute("aria-pressed", "false");
        });
        setError(T.feedback_error);
      });
    }
    var report = el("button", { type: "button", "class": "report", "aria-expanded": "false" },
                    T.report);
    report.addEventListener("click", function () {
      if (box.querySelector(".report-form")) { return; }
      report.setAttribute("aria-expanded", "true");
      box.appendChild(renderReportForm(messageId, report));
    });
    box.appendChild(report);
    return box;
  }

  function renderReportForm(messageId, opener) {
    var form = el("form", { "class": "report-form" });
    var fieldId = "cb-report-" + messageId;
    form.appendChild(el("label", { "for": fieldId }, T.report_label));
    var field = el("textarea", { id: fieldId, rows: "3", maxlength: "1000" });
    form.appendChild(field);
    var buttons = el("div", { "class": "buttons" });
    var submit = el("button", { type: "submit" }, T.report_send);
    var cancel = el("button", { type: "button" }, T.report_cancel);
    buttons.appendChild(submit);
    buttons.appendChild(cancel);
    form.appendChild(buttons);
    function dismiss() {
      form.remove();
      opener.setAttribute("aria-expanded", "false");
      opener.focus();
    }
    cancel.addEventListener("click", dismiss);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      submit.disabled = true;
      setError("");
      var body = { kind: "problem", message_id: messageId };
      if (field.value.trim()) { body.comment = field.value.trim(); }
      giveFeedback(body).then(function () {
        var done = el("p", { "class": "done", role: "status" }, T.report_done);
        form.replaceWith(done);
        opener.remove();
      }, function () {
        submit.disabled = false;
        setError(T.feedback_error);
      });
    });
    window.setTimeout(function () { field.focus(); }, 0);
    return form;
  }

  // One satisfaction question when the visitor closes the chat after an exchange.
  function renderCsat() {
    var box = el("div", { "class": "csat", role: "group", "aria-labelledby": "cb-csat",
                          hidden: "" });
    box.appendChild(el("p", { id: "cb-csat" }, T.csat));
    box.appendChild(el("p", { "class": "scale" }, T.csat_scale));
    var scores = el("div", { "class": "scores" });
    [1, 2, 3, 4, 5].forEach(function (n) {
      var button = el("button", { type: "button", "class": "score",
                                  "aria-label": T.csat_score.replace("{n}", n) }, String(n));
      button.addEventListener("click", function () {
        finishCsat();
        giveFeedback({ kind: "csat", score: n }).catch(function () { /* best effort */ });
      });
      scores.appendChild(button);
    });
    var skip = el("button", { type: "button", "class": "skip" }, T.csat_skip);
    skip.addEventListener("click", finishCsat);
    scores.appendChild(skip);
    box.appendChild(scores);
    return box;
  }

  function finishCsat() {
    csatAsked = true;
    parts.csat.hidden = true;
    closePanel();
  }

  function render(messages) {
    if (!panel) { return; }
    (messages || []).forEach(function (message) {
      if (seen[message.id]) { return; }
      seen[message.id] = true;
      parts.log.appendChild(renderOne(message));
    });
    parts.log.scrollTop = parts.log.scrollHeight;
  }

  function setError(text) {
    if (parts.status) { parts.status.textContent = text; }
  }

  // ---- panel --------------------------------------------------------------------------
  function buildPanel() {
    panel = el("div", { "class": "panel", role: "dialog", "aria-modal": "false",
                        "aria-labelledby": "cb-title", lang: lang, hidden: "" });
    var header = el("div", { "class": "head" });  // not <header>: the host page has its own banner
    var titles = el("div", { "class": "titles" });
    titles.appendChild(el("span", { "class": "badge" }, T.badge));
    titles.appendChild(el("h2", { id: "cb-title" }, T.title));
    header.appendChild(titles);
    var close = el("button", { type: "button", "class": "close", "aria-label": T.close }, "×");
    close.addEventListener("click", closePanel);
    header.appendChild(close);

    var bar = el("div", { "class": "bar" });
    var human = el("button", { type: "button", "class": "human" }, T.human);
    human.addEventListener("click", function () { send({ action: { type: "handoff" } }); });
    bar.appendChild(human);
    bar.appendChild(el("a", { "class": "privacy", target: "_blank", rel: "noopener",
                              href: ORIGIN + "/privacy?lang=" + lang }, T.privacy));

    var log = el("ol", { "class": "log", "aria-live": "polite", "aria-label": T.messages });
    var status = el("p", { "class": "status", role: "status" });

    var csat = renderCsat();
    var form = el("form", { "class": "compose" });
    form.appendChild(el("label", { "for": "cb-input", "class": "sr-only" }, T.input));
    var input = el("textarea", { id: "cb-input", rows: "2", maxlength: "2000",
                                 placeholder: T.placeholder });
    form.appendChild(input);
    form.appendChild(el("button", { type: "submit", "class": "send" }, T.send));
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var text = input.value.trim();
      if (!text) { return; }
      input.value = "";
      send({ text: text });
    });
    input.addEventListener("keydown", function (event) {
      if (event.key === "Enter" && !event.shiftKey) {
        event.preventDefault();
        form.requestSubmit();
      }
    });
    panel.addEventListener("keydown", function (event) {
      if (event.key === "Escape") { closePanel(); }
    });

    panel.appendChild(header);
    panel.appendChild(bar);
    panel.appendChild(log);
    panel.appendChild(status);
    panel.appendChild(csat);
    panel.appendChild(form);
    panel.appendChild(el("style", {}, FEEDBACK_CSS));
    root.appendChild(panel);
    parts = { log: log, status: status, input: input, csat: csat };
  }

  function openPanel(moveFocus) {
    launcher.setAttribute("aria-expanded", "true");
    launcher.hidden = true;
    loadStyles().then(function () {
      if (!panel) { buildPanel(); }
      panel.hidden = false;
      if (moveFocus) { parts.input.focus(); }
      if (conversation) { writeStore(true); return null; }
      setError("");
      return startConversation().then(function (data) {
        writeStore(true);
        render(data.messages);
        connect();
      });
    }).catch(function () {
      conversation = null;
      setError(T.start_error);
    });
  }

  function closePanel() {
    if (!panel) { return; }
    if (conversation && exchanged && !csatAsked) {
      if (parts.csat.hidden) {  // ask once before closing; closing again skips it
        parts.csat.hidden = false;
        parts.csat.querySelector("button").focus();
        return;
      }
      csatAsked = true;
      parts.csat.hidden = true;
    }
    panel.hidden = true;
    launcher.hidden = false;
    launcher.setAttribute("aria-expanded", "false");
    if (conversation) { writeStore(false); }
    launcher.focus();
  }

  launcher.addEventListener("click", function () { openPanel(true); });

  function mount() {
    document.body.appendChild(host);
    // Reading (never writing) sessionStorage: a chat this tab had open comes back open.
    var stored = readStore();
    if (stored && stored.open) { openPanel(false); }
  }

  if (document.body) { mount(); } else { document.addEventListener("DOMContentLoaded", mount); }
})();
