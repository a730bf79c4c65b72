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
 * Content Security Policy: the script adds no inline script, no inline style element and no
 * style attribute. The styles it carries (launcher, feedback) are constructed style sheets
 * adopted by its shadow root, which a page's `style-src` does not govern; the panel's
 * (widget.css) load from Clairbot's origin. What a host page's policy must allow is in
 * docs/widget.md.
 *
 * On a page of another origin than Clairbot's, opening first asks
 * `/api/v1/widget/availability` whether this site may run the chat (the company lists its
 * sites in the bot spec). A refused site cannot read the API's answers at all, so without this
 * it could not tell "not allowed here" from a network failure; it shows "not available on
 * this site" and where to reach the company instead, and stores nothing.
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
  var RECONNECT_MAX_MS = 30000;
  var TYPING_EVERY_MS = 3000;
  var MASKED = /\[[A-Z][A-Z_]*\]/g;  // the server's placeholders: [EMAIL], [PHONE]...

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
      unavailable: "Le chat n'est pas disponible sur ce site.",
      unavailable_contact: "Pour nous joindre :",
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
      roles: { agent: "conseiller", admin: "responsable" },
      my_data: "Mes données",
      notice: "Politique de confidentialité",
      withdraw: "Retirer mes consentements",
      object: "M'opposer à l'utilisation de mes données",
      export: "Télécharger mes données (JSON)",
      export_html: "Télécharger une copie lisible (HTML)",
      erase: "Effacer mes données",
      erase_confirm: "Effacer définitivement cette discussion et tout ce qui vous concerne ? " +
        "Cette action est irréversible.",
      erase_yes: "Oui, tout effacer",
      erase_no: "Annuler",
      erased: "Vos données ont été effacées. Reçu n° {id}.",
      data_error: "La demande n'a pas pu aboutir. Réessayez dans un instant.",
      typing_bot: "L'assistant écrit…",
      typing_agent: "Un conseiller écrit…",
      offline: "Connexion perdue, nouvelle tentative…",
      masked_hint: "Donnée masquée pour votre protection"
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
      unavailable: "The chat is not available on this site.",
      unavailable_contact: "To reach us:",
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
      roles: { agent: "support agent", admin: "manager" },
      my_data: "My data",
      notice: "Privacy notice",
      withdraw: "Withdraw my consents",
      object: "Object to the use of my data",
      export: "Download my data (JSON)",
      export_html: "Download a readable copy (HTML)",
      erase: "Erase my data",
      erase_confirm: "Erase this conversation and everything about you for good? " +
        "This cannot be undone.",
      erase_yes: "Yes, erase everything",
      erase_no: "Cancel",
      erased: "Your data was erased. Receipt no. {id}.",
      data_error: "The request could not be completed. Please try again in a moment.",
      typing_bot: "The assistant is typing…",
      typing_agent: "A support agent is typing…",
      offline: "Connection lost, trying again…",
      masked_hint: "Masked to protect your data"
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
    ".feedback .thumb{font:inherit;color:#0b4f6c;background:#fff;border:1px solid #8a9aa3;" +
    "border-radius:14px;padding:3px 10px 1px;cursor:pointer;line-height:1}" +
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

  // Constructed style sheets where the browser has them (all current ones): a page's CSP
  // governs <style> elements but not these. Elsewhere (Safari before 16.4) a <style> element,
  // which works unless the page's policy forbids inline styles.
  var CONSTRUCTED = "adoptedStyleSheets" in Document.prototype &&
    typeof CSSStyleSheet === "function" && "replaceSync" in CSSStyleSheet.prototype;

  function addStyles(css) {
    if (CONSTRUCTED) {
      var sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      root.adoptedStyleSheets = root.adoptedStyleSheets.concat([sheet]);
    } else {
      root.appendChild(el("style", {}, css));
    }
  }

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) { node.setAttribute(key, attrs[key]); });
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  // ---- shell: launcher only ---------------------------------------------------------
  var host = el("div", { "data-clairbot-widget": "" });
  var root = host.attachShadow({ mode: "open" });
  var launcher = el("button", { type: "button", "class": "launcher",
                                "aria-haspopup": "dialog", "aria-expanded": "false" },
                    T.launcher);
  addStyles(LAUNCHER_CSS);
  root.appendChild(launcher);

  // ---- state --------------------------------------------------------------------------
  var panel = null;
  var parts = {};
  var conversation = null;  // {id, token}
  var seen = {};
  var socket = null;
  var pollTimer = null;
  var stylesLoaded = null;
  var feedbackStyled = false;
  var availability = null;  // once asked: this site may run the chat, or why not
  var exchanged = false;  // the visitor has written and someone has answered
  var askedVisitor = false;
  var rated = {};  // message id -> kind, for thumbs already sent
  var csatAsked = false;  // the CSAT question was answered or skipped (once per conversation)
  var erased = false;  // the visitor erased their data: the panel only shows the receipt
  var reconnectDelay = 1000;
  var reconnectTimer = null;
  var typingTimer = null;
  var lastTypingSent = 0;

  function readStore() {
    try {
      var raw = window.sessionStorage.getItem(STORE_KEY);
      return raw ? JSON.parse(raw) : null;
    } catch (e) { return null; }
  }

  function forget() {
    try { window.sessionStorage.removeItem(STORE_KEY); } catch (e) { /* nothing stored */ }
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
  function request(method, path, body, accept) {
    var headers = { "Accept": accept || "application/json" };
    if (body !== undefined) { headers["Content-Type"] = "application/json"; }
    if (conversation) { headers["Authorization"] = "Bearer " + conversation.token; }
    return fetch(ORIGIN + "/api/v1/conversations" + path, {
      method: method, headers: headers, credentials: "omit",
      body: body === undefined ? undefined : JSON.stringify(body)
    });
  }

  function api(method, path, body) {
    return request(method, path, body).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (data) {
        if (!response.ok) {
          var error = new Error("HTTP " + response.status);
          error.status = response.status;
          var detail = data && data.detail && data.detail[0];
          // A rate limit's refusal is written for the visitor, in their language: when to
          // try again and, for a request for a person, how to reach one directly.
          if (response.status === 429 && detail && detail.msg) { error.said = detail.msg; }
          throw error;
        }
        return data;
      });
    });
  }

  // Whether this page's site may run the chat; asked on the first opening only, and only on
  // a page of another origin (Clairbot's own pages always may). No header, no credentials:
  // a simple request, which needs no preflight.
  function checkAvailability() {
    if (window.location.origin === ORIGIN) { return Promise.resolve({ available: true }); }
    if (!availability) {
      var query = "?lang=" + lang + (TENANT ? "&tenant=" + encodeURIComponent(TENANT) : "");
      availability = fetch(ORIGIN + "/api/v1/widget/availability" + query,
                           { credentials: "omit" }).then(function (response) {
        if (!response.ok) { throw new Error("HTTP " + response.status); }
        return response.json();
      });
      availability.catch(function () { availability = null; });  // ask again next time
    }
    return availability;
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
    showTyping(T.typing_bot);
    return api("POST", "/" + encodeURIComponent(conversation.id) + "/messages", body)
      .then(function (data) { hideTyping(); render(data.messages); }, function (error) {
        hideTyping();
        // Nothing the visitor wrote is lost: an unsent text goes back into the field.
        if (body.text && !parts.input.value) { parts.input.value = body.text; }
        setError(error.said || T.error);
      });
  }

  function giveFeedback(body) {
    return api("POST", "/" + encodeURIComponent(conversation.id) + "/feedback", body);
  }

  // ---- live updates -------------------------------------------------------------------
  // Pushes are at most once: after any (re)connection the widget catches up over HTTP, and
  // `render` drops what it has already shown, so nothing is lost or shown twice.
  function connect() {
    if (socket || !conversation) { return; }
    if (!window.WebSocket) { startPolling(); return; }
    var url = ORIGIN.replace(/^http/, "ws") + "/api/v1/conversations/" +
      encodeURIComponent(conversation.id) + "/ws";
    var current;
    try {
      current = socket = new WebSocket(url);
    } catch (e) { socket = null; startPolling(); return; }
    current.addEventListener("open", function () {
      current.send(JSON.stringify({ type: "auth", token: conversation.token }));
    });
    current.addEventListener("message", function (event) {
      var data;
      try { data = JSON.parse(event.data); } catch (e) { return; }
      if (data.type === "ready") {
        reconnectDelay = 1000;
        stopPolling();
        // Back online clears a failure to send, never what the server said to the visitor (a
        // refusal with how to reach a person): a socket opening late must not wipe it.
        if (parts.status && parts.status.textContent === T.error) { setError(""); }
        catchUp();
      } else if (data.type === "messages") {
        hideTyping();
        render(data.messages);
      } else if (data.type === "typing" && data.role === "agent") {
        showTyping(T.typing_agent, 4000);
      }
    });
    current.addEventListener("close", function () {
      if (socket !== current) { return; }
      socket = null;
      if (!conversation) { return; }
      startPolling();
      reconnectTimer = window.setTimeout(function () {
        reconnectTimer = null;
        connect();
      }, reconnectDelay);
      reconnectDelay = Math.min(reconnectDelay * 2, RECONNECT_MAX_MS);
    });
  }

  function disconnect() {
    stopPolling();
    if (reconnectTimer) { window.clearTimeout(reconnectTimer); reconnectTimer = null; }
    if (socket) { var old = socket; socket = null; old.close(); }
  }

  function catchUp() {
    if (!conversation) { return null; }
    return api("GET", "/" + encodeURIComponent(conversation.id)).then(function (data) {
      render(data.messages);
    }, function () { /* the next tick or reconnection tries again */ });
  }

  function startPolling() {
    if (pollTimer || !conversation) { return; }
    pollTimer = window.setInterval(catchUp, POLL_MS);
  }

  function stopPolling() {
    if (pollTimer) { window.clearInterval(pollTimer); pollTimer = null; }
  }

  // Tell the agent the visitor is typing (over the socket only, at most every few seconds).
  function typing() {
    var now = Date.now();
    if (!socket || socket.readyState !== 1 || now - lastTypingSent < TYPING_EVERY_MS) { return; }
    lastTypingSent = now;
    socket.send(JSON.stringify({ type: "typing" }));
  }

  function showTyping(text, forMs) {
    if (!parts.typing) { return; }
    parts.typing.textContent = text;
    parts.typing.hidden = false;
    if (typingTimer) { window.clearTimeout(typingTimer); typingTimer = null; }
    if (forMs) { typingTimer = window.setTimeout(hideTyping, forMs); }
  }

  function hideTyping() {
    if (!parts.typing) { return; }
    parts.typing.hidden = true;
    parts.typing.textContent = "";
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
      if (action.type === "callback_form") { box.appendChild(renderCallbackForm(action)); }
      if (action.type === "data_export" || action.type === "data_erasure") {
        var right = el("button", { type: "button", "class": "action " + action.type },
                       action.label);
        right.addEventListener("click", function () {
          if (action.type === "data_export") { download("json"); } else { askErasure(); }
        });
        box.appendChild(right);
        return;
      }
      // Buttons that send themselves back as an action: a person, a consent decision, and
      // taking back a request for a person the bot read in the visitor's words.
      if (action.type !== "handoff" && action.type !== "handoff_cancel" &&
          action.type !== "consent") { return; }
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

  // A contact detail for a callback: sent as an action, so the server's privacy guard and
  // consent gate see it like any message.
  function renderCallbackForm(action) {
    var form = el("form", { "class": "callback-form" });
    form.appendChild(el("p", { "class": "purpose" }, action.label));
    var fieldId = "cb-callback-" + Math.random().toString(36).slice(2);
    form.appendChild(el("label", { "for": fieldId }, action.field_label));
    var row = el("div", { "class": "row" });
    var field = el("input", { id: fieldId, type: "text", maxlength: "200",
                              autocomplete: "tel", required: "" });
    var submit = el("button", { type: "submit", "class": "action" }, action.submit);
    row.appendChild(field);
    row.appendChild(submit);
    form.appendChild(row);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var contact = field.value.trim();
      if (!contact) { field.focus(); return; }
      submit.disabled = true;
      var done = send({ action: { type: "callback", contact: contact } });
      if (done) { done.then(function () { field.value = ""; submit.disabled = false; }); }
    });
    return form;
  }

  // The text, with the server's placeholders for masked data explained to the visitor.
  function renderText(message) {
    var node = el(message.role === "system" ? "em" : "p", { "class": "text" });
    var text = message.text || "";
    var last = 0;
    text.replace(MASKED, function (match, offset) {
      node.appendChild(document.createTextNode(text.slice(last, offset)));
      node.appendChild(el("span", { "class": "masked", title: T.masked_hint }, match));
      node.appendChild(el("span", { "class": "sr-only" }, " (" + T.masked_hint + ")"));
      last = offset + match.length;
      return match;
    });
    node.appendChild(document.createTextNode(text.slice(last)));
    return node;
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
    item.appendChild(renderText(message));
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
    var thumbs = [["thumbs_up", T.useful, false],
                  ["thumbs_down", T.not_useful, true]].map(function (spec) {
      var button = el("button", { type: "button", "class": "thumb " + spec[0],
                                  "aria-label": spec[1], title: spec[1],
                                  "aria-pressed": rated[messageId] === spec[0] ? "true" : "false"
                                });
      button.appendChild(thumbIcon(spec[2]));
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
        setError(error.said || T.feedback_error);
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

  // Drawn, not an emoji: a page without an emoji font would show empty boxes.
  function thumbIcon(down) {
    var ns = "http://www.w3.org/2000/svg";
    var svg = document.createElementNS(ns, "svg");
    svg.setAttribute("viewBox", "0 0 24 24");
    svg.setAttribute("width", "16");
    svg.setAttribute("height", "16");
    svg.setAttribute("aria-hidden", "true");
    svg.setAttribute("focusable", "false");
    var path = document.createElementNS(ns, "path");
    path.setAttribute("d", "M2 10h4v11H2zM8 21V10l4.5-8c1.4 0 2.5 1.1 2.5 2.5L14.2 9H20" +
                      "c1.2 0 2.2 1 2 2.2l-1.6 8.1c-.2 1-1.1 1.7-2.1 1.7z");
    path.setAttribute("fill", "currentColor");
    if (down) { svg.setAttribute("transform", "rotate(180)"); }
    svg.appendChild(path);
    return svg;
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
      }, function (error) {
        submit.disabled = false;
        setError(error.said || T.feedback_error);
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

  // ---- "My data": notice, consent withdrawal, export, erasure (GDPR art. 7, 15, 17, 20) --
  function renderMenu(opener) {
    var menu = el("div", { id: "cb-menu", "class": "menu", hidden: "" });
    var list = el("ul", {});
    function entry(node) { var item = el("li", {}); item.appendChild(node); list.appendChild(item); }
    function button(text, onClick) {
      var node = el("button", { type: "button" }, text);
      node.addEventListener("click", onClick);
      entry(node);
      return node;
    }
    entry(el("a", { href: ORIGIN + "/privacy?lang=" + lang, target: "_blank", rel: "noopener" },
              T.notice));
    button(T.withdraw, function () {
      toggleMenu(opener, false);
      send({ action: { type: "withdraw_consent" } });
    });
    button(T.object, function () {
      toggleMenu(opener, false);
      send({ action: { type: "object" } });
    });
    button(T.export, function () { download("json"); });
    button(T.export_html, function () { download("html"); });
    var erase = button(T.erase, askErasure);
    menu.appendChild(list);
    var confirm = el("div", { "class": "confirm", role: "group", "aria-labelledby": "cb-erase",
                              hidden: "" });
    confirm.appendChild(el("p", { id: "cb-erase" }, T.erase_confirm));
    var yes = el("button", { type: "button", "class": "danger" }, T.erase_yes);
    var no = el("button", { type: "button" }, T.erase_no);
    yes.addEventListener("click", function () { eraseAll(yes); });
    no.addEventListener("click", function () { confirm.hidden = true; erase.focus(); });
    confirm.appendChild(yes);
    confirm.appendChild(no);
    menu.appendChild(confirm);
    return menu;
  }

  // Erasure always asks for confirmation, from the menu or from the bot's button.
  function askErasure() {
    if (parts.menu.hidden) { toggleMenu(parts.menuOpener, true); }
    var confirm = parts.menu.querySelector(".confirm");
    confirm.hidden = false;
    confirm.querySelector("button").focus();
  }

  function toggleMenu(opener, open) {
    parts.menu.hidden = !open;
    opener.setAttribute("aria-expanded", open ? "true" : "false");
    if (open) { parts.menu.querySelector("a,button").focus(); } else { opener.focus(); }
  }

  function download(format) {
    if (!conversation) { return; }
    setError("");
    var accept = format === "html" ? "text/html" : "application/json";
    request("GET", "/" + encodeURIComponent(conversation.id) + "/export?format=" + format +
            "&lang=" + lang, undefined, accept).then(function (response) {
      if (!response.ok) { throw new Error("HTTP " + response.status); }
      return response.blob();
    }).then(function (blob) {
      var url = URL.createObjectURL(blob);
      var link = el("a", { href: url, download: "my-data-" + conversation.id + "." + format });
      root.appendChild(link);
      link.click();
      link.remove();
      window.setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
    }).catch(function () { setError(T.data_error); });
  }

  function eraseAll(button) {
    if (!conversation) { return; }
    button.disabled = true;
    setError("");
    api("POST", "/" + encodeURIComponent(conversation.id) + "/erasure", {})
      .then(function (data) {
        // Nothing of this conversation stays in the page or the tab: only the receipt number.
        disconnect();
        forget();
        conversation = null;
        erased = true;
        parts.log.textContent = "";
        parts.menu.hidden = true;
        parts.form.hidden = true;
        var receipt = (data.receipt && data.receipt.id) || "";
        parts.log.appendChild(el("li", { "class": "msg system", role: "status" },
                                 T.erased.replace("{id}", receipt)));
      }, function () {
        button.disabled = false;
        setError(T.data_error);
      });
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
    var links = el("div", { "class": "links" });
    var mine = el("button", { type: "button", "class": "my-data", "aria-expanded": "false",
                              "aria-controls": "cb-menu" }, T.my_data);
    links.appendChild(mine);
    links.appendChild(el("a", { "class": "privacy", target: "_blank", rel: "noopener",
                                href: ORIGIN + "/privacy?lang=" + lang }, T.privacy));
    bar.appendChild(links);
    var menu = renderMenu(mine);
    mine.addEventListener("click", function () { toggleMenu(mine, menu.hidden); });

    var log = el("ol", { "class": "log", "aria-live": "polite", "aria-label": T.messages });
    var typingLine = el("p", { "class": "typing", "aria-live": "polite", hidden: "" });
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
    input.addEventListener("input", typing);
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
    panel.appendChild(menu);
    panel.appendChild(log);
    panel.appendChild(typingLine);
    panel.appendChild(status);
    panel.appendChild(csat);
    panel.appendChild(form);
    root.appendChild(panel);
    if (!feedbackStyled) {  // once: a panel rebuilt after an erasure finds them in place
      addStyles(FEEDBACK_CSS);
      feedbackStyled = true;
    }
    parts = { log: log, status: status, input: input, csat: csat, menu: menu, form: form,
              typing: typingLine, menuOpener: mine, bar: bar };
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
      return checkAvailability().then(function (site) {
        if (!site.available) { showUnavailable(site.contact || {}); return null; }
        return startConversation().then(function (data) {
          writeStore(true);
          render(data.messages);
          connect();
        });
      });
    }).catch(function (error) {
      conversation = null;
      setError(error.said || T.start_error);
    });
  }

  // This site may not run the chat: say so, and where to reach the company instead. Only the
  // header stays: nothing here could be sent.
  function showUnavailable(contact) {
    parts.bar.hidden = true;
    parts.form.hidden = true;
    if (parts.unavailable) { panel.querySelector(".close").focus(); return; }
    var box = el("div", { "class": "unavailable", role: "status" });
    box.appendChild(el("p", { "class": "why" }, T.unavailable));
    var ways = [];
    if (contact.email) { ways.push(el("a", { href: "mailto:" + contact.email }, contact.email)); }
    if (contact.phone) {
      ways.push(el("a", { href: "tel:" + contact.phone.replace(/[^0-9+]/g, "") }, contact.phone));
    }
    if (contact.url && safeUrl(contact.url)) {
      ways.push(el("a", { href: safeUrl(contact.url), target: "_blank", rel: "noopener" },
                   contact.url));
    }
    if (ways.length) {
      box.appendChild(el("p", {}, T.unavailable_contact));
      var list = el("ul", { "class": "ways" });
      ways.forEach(function (link) {
        var item = el("li", {});
        item.appendChild(link);
        list.appendChild(item);
      });
      box.appendChild(list);
    }
    parts.log.hidden = true;
    parts.log.parentNode.insertBefore(box, parts.log);
    panel.classList.add("off-site");
    parts.unavailable = box;
    panel.querySelector(".close").focus();  // the field it had is gone
  }

  function closePanel() {
    if (!panel) { return; }
    if (erased) {  // the next opening starts a new conversation from a clean panel
      panel.remove();
      panel = null;
      parts = {};
      seen = {};
      rated = {};
      erased = exchanged = askedVisitor = csatAsked = false;
      launcher.hidden = false;
      launcher.setAttribute("aria-expanded", "false");
      launcher.focus();
      return;
    }
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
