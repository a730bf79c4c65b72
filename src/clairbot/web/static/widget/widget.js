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

  function readStore() {
    try {
      var raw = window.sessionStorage.getItem(STORE_KEY);
      return raw ? JSON.parse(raw) : null;
    } catch (e) { return null; }
  }

  function writeStore(open) {
    try {
      window.sessionStorage.setItem(STORE_KEY, JSON.stringify(
        { id: conversation.id, token: conversation.token, lang: lang, open: open }));
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
    return item;
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
    var header = el("header", { "class": "head" });
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
    panel.appendChild(form);
    root.appendChild(panel);
    parts = { log: log, status: status, input: input };
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
