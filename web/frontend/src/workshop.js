// The model's WebSocket: applies server changes and analyses in arrival (server) order, tracks presence and
// the facilitator's focus, and reconnects (resynchronising the model) when the connection drops.
export class Workshop extends EventTarget {
  constructor(modelId, store, { resync }) {
    super();
    this.modelId = modelId;
    this.store = store;
    this.resync = resync;
    this.participants = [];
    this.closed = false;
    this.connect();
  }

  connect() {
    const proto = location.protocol === 'https:' ? 'wss:' : 'ws:';
    const ws = new WebSocket(`${proto}//${location.host}/api/v1/models/${encodeURIComponent(this.modelId)}/ws`);
    this.ws = ws;
    ws.onmessage = (e) => this.receive(JSON.parse(e.data));
    ws.onclose = (e) => {
      if (this.closed || e.code === 4401) {
        this.dispatchEvent(new CustomEvent('ended', { detail: e.code }));
        return;
      }
      setTimeout(() => { if (!this.closed) this.connect(); }, 1000);
    };
  }

  receive(m) {
    if (m.type === 'hello') {
      this.connection = m.connection;
      if (m.revision > this.store.revision) this.resync();
      if (m.focus) this.dispatchEvent(new CustomEvent('focus', { detail: m.focus }));
    } else if (m.type === 'change') {
      if (m.revision > this.store.revision + 1) this.resync(); // missed something while away
      else this.store.applyChange(m);
    } else if (m.type === 'analysis') {
      this.store.setAnalysis(m);
    } else if (m.type === 'validation') {
      this.store.setValidation(m);
    } else if (m.type === 'presence') {
      this.participants = m.participants;
      this.dispatchEvent(new CustomEvent('presence', { detail: m.participants }));
    } else if (m.type === 'focus') {
      this.dispatchEvent(new CustomEvent('focus', { detail: m.threatId }));
    }
  }

  send(m) {
    if (this.ws && this.ws.readyState === WebSocket.OPEN) this.ws.send(JSON.stringify(m));
  }

  editing(elementId) {
    this.send({ type: 'presence', editing: elementId });
  }

  focus(threatId) {
    this.send({ type: 'focus', threatId });
  }

  close() {
    this.closed = true;
    if (this.ws) this.ws.close();
  }
}
