export interface HttpReply {
  status: number;
  header(name: string): string | undefined;
  json<T>(): Promise<T>;
  bytes(): Promise<Uint8Array>;
}

/** Outbound HTTP port; the adapter owns auth, timeouts and base URL. */
export interface HttpPort {
  get(path: string): Promise<HttpReply>;
  post(path: string, body: unknown): Promise<HttpReply>;
}

export interface Clock {
  sleep(ms: number): Promise<void>;
}
