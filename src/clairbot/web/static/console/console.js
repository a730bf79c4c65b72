// Agent console: renders the queue and the open conversation from the agent REST API, kept
// live by the console WebSocket (/api/v1/agent/ws: "queue" hints, and the events of the
// conversation the agent holds and watches). When the socket is down, it polls every 3 s
// and reconnects with a growing back-off (1 s to 30 s). Every change of state goes through
// handleEvent(event) ({type: "queue" | "conversation" | "message", ...}).
(function () {
  "use strict";

  var API = "/api/v1/agent";
  var SOCKET_PATH = "/api/v1/agent/ws";
  var POLL_MS = 3000;
  var RECONNECT_MAX_MS = 30000;
  var texts = JSON.parse(document.getElementById("console-texts").textContent);
  var csrf = document.querySelector('meta[name="csrf-token"]').getAttribute("content");
  var els = {
    status: document.getElementById("status"),
    queueView: document.getElementById("queue-view"),
    queue: document.getElementById("queue"),
    convView: document.getElementById("conversation-view"),
    convTitle: document.getElementById("conversation-title"),
    reason: document.getElementById("handoff-reason"),
    transcript: document.getElementById("transcript"),
    replyForm: document.getElementById("reply-form"),
    reply: document.getElementById("reply"),
    ctxReason: document.getElementById("context-reason"),
    ctxConsents: document.getElementById("context-consents"),
    ctxAnswers: document.getElementById("context-answers"),
    notes: document.getElementById("notes"),
    noteForm: document.getElementById("note-form"),
    note: document.getElementById("note")
  };
  var state = { queue: [], current: null, seen: new Set() };

  function fill(template, params) {
    return template.replace(/\{(\w+)\}/g, function (m, k) {
      return k in params ? String(params[k]) : m;
    });
  }

  function say(message) { els.status.textContent = message; }

  function call(method, path, body) {
    var headers = { "Accept": "application/json" };
    if (method !== "GET") { headers["X-CSRF-Token"] = csrf; }
    if (body !== undefined) { headers["Content-Type"] = "application/json"; }
    return fetch((path.indexOf("/api/") === 0 ? "" : API) + path, {
      method: method, headers: headers, credentials: "same-origin",
      body: body === undefined ? undefined : JSON.stringify(body)
    }).then(function (response) {
      if (response.status === 401) {
        signedOut();
        throw new Error("signed out");
      }
      if (response.status === 204) { return null; }
      return response.json().then(function (data) {
        if (!response.ok) {
          var detail = data && data.detail && data.detail[0];
          throw new Error(detail ? detail.msg : String(response.status));
        }
        return data;
      });
    });
  }

  function failed(error) { say(texts.error + " " + error.message); }

  function signedOut() {
    say(texts.session_expired);
    window.location.assign("/console/login?lang=" + document.documentElement.lang);
  }

  function waited(createdAt) {
    var minutes = Math.max(0, Math.floor((Date.now() - Date.parse(createdAt)) / 60000));
    return fill(texts.waiting, { minutes: minutes });
  }

  function reasonText(item) {
    return texts["reason_" + item.reason] || item.reason;
  }

  function renderQueue() {
    els.queue.textContent = "";
    if (!state.queue.length) {
      var empty = document.createElement("li");
      empty.textContent = texts.queue_empty;
      els.queue.appendChild(empty);
      return;
    }
    state.queue.forEach(function (item) {
      var li = document.createElement("li");
      li.className = "queue-item";
      li.dataset.conversation = item.conversation_id;
      var facts = document.createElement("p");
      facts.textContent = [
        "#" + item.position,
        texts.reason + " " + reasonText(item),
        texts.language + " " + item.lang.toUpperCase(),
        texts.topic + " " + (item.topic || texts.no_topic),
        item.kind === "ticket" ? texts.kind_ticket : texts.kind_live,
        waited(item.created_at)
      ].join(" · ");
      var take = document.createElement("button");
      take.type = "button";
      take.textContent = texts.take;
      take.setAttribute("aria-label", texts.take + " #" + item.position);
      take.addEventListener("click", function () { takeItem(item); });
      li.appendChild(facts);
      li.appendChild(take);
      els.queue.appendChild(li);
    });
  }

  function roleLabel(message) {
    if (message.role === "agent") {
      return fill(texts.role_agent, { name: message.author ? message.author.name : "" });
    }
    return texts["role_" + message.role] || message.role;
  }

  function appendMessage(message) {
    if (state.seen.has(message.id)) { return; }
    state.seen.add(message.id);
    var li = document.createElement("li");
    li.className = "message message-" + message.role;
    var who = document.createElement("strong");
    who.textContent = roleLabel(message);
    var time = document.createElement("time");
    time.dateTime = message.created_at;
    time.textContent = new Date(message.created_at).toLocaleTimeString(
      document.documentElement.lang, { hour: "2-digit", minute: "2-digit" });
    var text = document.createElement("p");
    text.textContent = message.text;
    li.appendChild(who);
    li.appendChild(document.createTextNode(" "));
    li.appendChild(time);
    li.appendChild(text);
    if (message.role === "bot") { li.appendChild(whyPanel(message.id)); }
    els.transcript.appendChild(li);
  }

  // Why the bot said it: read back from the message's audit event when first opened.
  function whyPanel(messageId) {
    var details = document.createElement("details");
    details.className = "why";
    var summary = document.createElement("summary");
    summary.textContent = texts.why;
    var list = document.createElement("ul");
    details.appendChild(summary);
    details.appendChild(list);
    details.addEventListener("toggle", function () {
      if (!details.open || details.dataset.loaded) { return; }
      details.dataset.loaded = "1";
      listItem(list, texts.why_loading);
      call("GET", "/api/v1/messages/" + encodeURIComponent(messageId) + "/provenance")
        .then(function (p) { list.textContent = ""; renderWhy(list, p); }, function () {
          list.textContent = "";
          listItem(list, texts.why_missing);
        });
    });
    return details;
  }

  function renderWhy(list, p) {
    var turn = p.turn || {}, reply = p.reply || {}, na = texts.unknown;
    if (turn.intent) {
      listItem(list, fill(texts.why_intent, { intent: turn.intent, rule: turn.rule || na }));
    }
    // The responder lists its passages in the order of the sources they back.
    (reply.sources || []).forEach(function (s, i) {
      var passage = (reply.passages || [])[i] || {};
      listItem(list, fill(texts.why_source, {
        title: s.title, owner: s.owner || na, version: passage.version || na,
        score: passage.score === undefined ? na : passage.score }));
    });
    if (reply.responder) {
      listItem(list, fill(texts.why_answer, {
        confidence: reply.confidence, responder: reply.responder, model: reply.model || na }));
    }
    listItem(list, fill(texts.why_versions, {
      spec: (turn.spec_version || na) + (turn.spec_digest ? " (" + turn.spec_digest + ")" : ""),
      knowledge: turn.knowledge_version || na }));
    (turn.redactions || []).forEach(function (r) {
      listItem(list, fill(texts.why_redaction, { type: r.type, detector: r.detector || na,
                                                  decision: r.decision }));
    });
    (turn.decisions || []).forEach(function (d) {
      listItem(list, fill(texts.why_guard, { decision: d.decision, reason: d.reason || "" }));
    });
    var audit = p.audit || {};
    var item = listItem(list, fill(texts.why_audit, {
      seq: audit.seq, when: when(audit.at),
      state: audit.intact ? texts.why_intact : texts.why_altered }));
    if (!audit.intact) { item.className = "altered"; }
  }

  function listItem(list, text) {
    var li = document.createElement("li");
    li.textContent = text;
    list.appendChild(li);
    return li;
  }

  function when(iso) {
    return new Date(iso).toLocaleString(document.documentElement.lang,
      { dateStyle: "short", timeStyle: "short" });
  }

  // Staff-only context: why a person, the visitor's consents, how sure each bot answer was.
  function renderContext(context) {
    var h = context.handoff;
    els.ctxReason.textContent = h
      ? [reasonText(h) + (h.detail ? " — " + h.detail : ""),
         texts.topic + " " + (h.topic || texts.no_topic),
         h.kind === "ticket" ? texts.kind_ticket : texts.kind_live].join(" · ")
      : texts.no_handoff;
    els.ctxConsents.textContent = "";
    if (!context.consents.length) { listItem(els.ctxConsents, texts.no_consents); }
    context.consents.forEach(function (c) {
      listItem(els.ctxConsents, fill(texts.consent_line, {
        purpose: c.purpose, decision: texts["decision_" + c.decision] || c.decision,
        version: c.text_version, when: when(c.when) }));
    });
    els.ctxAnswers.textContent = "";
    if (!context.answers.length) { listItem(els.ctxAnswers, texts.no_answers); }
    context.answers.forEach(function (a) {
      var li = listItem(els.ctxAnswers, fill(texts.answer_line, {
        kind: a.kind || texts.unknown,
        confidence: a.confidence === null ? texts.unknown : Math.round(a.confidence * 100) + " %",
        intent: a.intent || texts.unknown }));
      var sources = document.createElement("p");
      sources.textContent = texts.answer_sources + " " + (a.sources.length
        ? a.sources.map(function (s) { return s.title; }).join(" ; ") : texts.no_sources);
      li.appendChild(sources);
    });
  }

  function renderNotes(notes) {
    els.notes.textContent = "";
    if (!notes.length) { listItem(els.notes, texts.no_notes); }
    notes.forEach(function (n) {
      var li = listItem(els.notes, "");
      li.className = "note";
      var by = document.createElement("strong");
      by.textContent = fill(texts.note_by, { name: n.author, when: when(n.created_at) });
      var text = document.createElement("p");
      text.textContent = n.text;
      li.appendChild(by);
      li.appendChild(text);
    });
  }

  function loadSidePanel(id) {
    call("GET", "/conversations/" + id + "/context").then(function (context) {
      if (state.current && state.current.item.conversation_id === id) { renderContext(context); }
    }).catch(failed);
    call("GET", "/conversations/" + id + "/notes").then(function (notes) {
      if (state.current && state.current.item.conversation_id === id) { renderNotes(notes); }
    }).catch(failed);
  }

  function addNote() {
    var text = els.note.value.trim();
    if (!text || !state.current) { return; }
    var id = state.current.item.conversation_id;
    call("POST", "/conversations/" + id + "/notes", { text: text }).then(function () {
      els.note.value = "";
      say(texts.note_added);
      loadSidePanel(id);
    }).catch(failed);
  }

  function showQueue(message) {
    state.current = null;
    state.seen = new Set();
    els.transcript.textContent = "";
    [els.ctxReason, els.ctxConsents, els.ctxAnswers, els.notes].forEach(function (el) {
      el.textContent = "";
    });
    els.convView.hidden = true;
    els.queueView.hidden = false;
    if (message) { say(message); }
    var first = els.queue.querySelector("button");
    if (first) { first.focus(); }
  }

  function handleEvent(event) {
    switch (event.type) {
      case "queue":
        state.queue = event.items;
        renderQueue();
        break;
      case "conversation":
        if (!state.current || state.current.item.conversation_id !== event.conversation.id) {
          return;
        }
        event.conversation.messages.forEach(appendMessage);
        if (event.conversation.state !== "with_human") { showQueue(); }
        break;
      case "message":
        if (state.current && state.current.item.conversation_id === event.conversationId) {
          appendMessage(event.message);
        }
        break;
      default:
        break;
    }
  }

  function takeItem(item) {
    call("POST", "/conversations/" + item.conversation_id + "/take").then(function (conv) {
      state.current = { item: item };
      state.seen = new Set();
      els.transcript.textContent = "";
      els.reason.textContent = texts.reason + " " + reasonText(item) +
        (item.detail ? " — " + item.detail : "");
      els.queueView.hidden = true;
      els.convView.hidden = false;
      say(texts.taken);
      handleEvent({ type: "conversation", conversation: conv });
      loadSidePanel(item.conversation_id);
      watch(item.conversation_id);
      els.reply.focus();
    }).catch(failed);
  }

  function send() {
    var text = els.reply.value.trim();
    if (!text || !state.current) { return; }
    var id = state.current.item.conversation_id;
    call("POST", "/conversations/" + id + "/messages", { text: text }).then(function (message) {
      els.reply.value = "";
      handleEvent({ type: "message", conversationId: id, message: message });
    }).catch(failed);
  }

  var doneTexts = { "hand-back": "handed_back", release: "released", close: "closed" };

  function act(action) {
    if (!state.current) { return; }
    var id = state.current.item.conversation_id;
    call("POST", "/conversations/" + id + "/" + action).then(function () {
      showQueue(texts[doneTexts[action]]);
      poll();
    }).catch(failed);
  }

  function poll() {
    call("GET", "/queue").then(function (items) {
      handleEvent({ type: "queue", items: items });
    }).catch(failed);
    if (state.current) {
      var id = state.current.item.conversation_id;
      call("GET", "/conversations/" + id).then(function (conv) {
        handleEvent({ type: "conversation", conversation: conv });
      }).catch(failed);
      loadSidePanel(id);
    }
  }

  // The visitor sees "a support agent is typing…" (at most one signal every 3 s).
  var lastTyping = 0;
  els.reply.addEventListener("input", function () {
    var id = state.current && state.current.item.conversation_id, now = Date.now();
    if (!id || now - lastTyping < 3000) { return; }
    lastTyping = now;
    if (live.ready) {
      live.socket.send(JSON.stringify({ type: "typing", conversation_id: id }));
      return;
    }
    call("POST", "/conversations/" + id + "/typing").catch(function () { /* best effort */ });
  });
  els.replyForm.addEventListener("submit", function (e) { e.preventDefault(); send(); });
  els.noteForm.addEventListener("submit", function (e) { e.preventDefault(); addNote(); });
  els.reply.addEventListener("keydown", function (e) {
    if (e.key === "Enter" && !e.shiftKey && !e.isComposing) { e.preventDefault(); send(); }
  });
  document.querySelectorAll("[data-action]").forEach(function (button) {
    button.addEventListener("click", function () { act(button.dataset.action); });
  });

  // --- live: the console WebSocket, polling only while it is down ------------------------

  var live = { socket: null, ready: false, retry: 1000, poller: null, queueTimer: null };

  function startPolling() {
    if (live.poller === null) { live.poller = window.setInterval(poll, POLL_MS); }
  }

  function stopPolling() {
    if (live.poller !== null) { window.clearInterval(live.poller); live.poller = null; }
  }

  // The queue changed somewhere: read it again, once for a burst of hints.
  function queueChanged() {
    if (live.queueTimer !== null) { return; }
    live.queueTimer = window.setTimeout(function () {
      live.queueTimer = null;
      call("GET", "/queue").then(function (items) {
        handleEvent({ type: "queue", items: items });
      }).catch(failed);
    }, 300);
  }

  function watch(id) {
    if (live.ready) { live.socket.send(JSON.stringify({ type: "watch", conversation_id: id })); }
  }

  var typingTimer = null;

  function onSocketEvent(event) {
    var current = state.current && state.current.item.conversation_id;
    switch (event.type) {
      case "ready":
        live.ready = true;
        live.retry = 1000;
        stopPolling();
        poll();  // catch up on what happened while the socket was down
        if (current) { watch(current); }
        break;
      case "queue":
      case "escalation":
        queueChanged();
        break;
      case "messages":
        if (event.conversation_id !== current) { return; }
        event.messages.forEach(appendMessage);
        if (event.state !== "with_human") { showQueue(); queueChanged(); }
        break;
      case "typing":
        if (event.conversation_id !== current || event.role !== "visitor") { return; }
        say(texts.visitor_typing);
        window.clearTimeout(typingTimer);
        typingTimer = window.setTimeout(function () { say(""); }, 4000);
        break;
      case "error":
        if (String(event.code).indexOf("auth.") === 0) { signedOut(); } else { failed(event); }
        break;
      default:
        break;
    }
  }

  function connect() {
    var scheme = window.location.protocol === "https:" ? "wss://" : "ws://";
    var socket;
    try {
      socket = new WebSocket(scheme + window.location.host + SOCKET_PATH);
    } catch (e) {
      startPolling();
      return;
    }
    live.socket = socket;
    socket.addEventListener("open", function () {
      // The session cookie goes with the handshake; its CSRF token proves this page sent it.
      socket.send(JSON.stringify({ type: "auth", csrf: csrf }));
    });
    socket.addEventListener("message", function (e) {
      var event;
      try { event = JSON.parse(e.data); } catch (x) { return; }
      onSocketEvent(event);
    });
    socket.addEventListener("close", function (e) {
      live.socket = null;
      live.ready = false;
      if (e.code === 4401) { signedOut(); return; }
      startPolling();
      window.setTimeout(connect, live.retry);
      live.retry = Math.min(live.retry * 2, RECONNECT_MAX_MS);
    });
  }

  window.clairbotConsole = { handleEvent: handleEvent, live: live };
  poll();
  startPolling();  // until the socket says it is ready
  connect();
})();
