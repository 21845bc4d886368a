// nginx in front of the replicas, as a container platform's balancer would be: round robin, and a
// request whose replica refuses the connection, fails, times out or answers 502/503 (loading, full)
// is tried on the next one, POST included (non_idempotent): a replica that dies loses nothing it had
// not yet acknowledged.
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";

export interface Balancer {
  /** Ports of the front ends: all replicas, and the first replica alone (the 1-replica baseline, same path). */
  allPort: number;
  onePort: number;
  stop(): Promise<void>;
}

export function nginxConfig(dir: string, replicaPorts: number[], allPort: number, onePort: number): string {
  const server = (port: number) => `    server 127.0.0.1:${port} max_fails=1 fail_timeout=2s;`;
  const front = (port: number, upstream: string) => `
  server {
    listen 127.0.0.1:${port};
    client_max_body_size 64k;
    location / {
      proxy_pass http://${upstream};
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_next_upstream error timeout http_502 http_503 non_idempotent;
      proxy_next_upstream_tries 3;
      proxy_connect_timeout 1s;
      proxy_read_timeout 10s;
    }
  }`;
  return `
worker_processes 1;
daemon off;
pid ${join(dir, "nginx.pid")};
error_log ${join(dir, "error.log")} warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path ${join(dir, "body")};
  proxy_temp_path ${join(dir, "proxy")};
  fastcgi_temp_path ${join(dir, "fastcgi")};
  uwsgi_temp_path ${join(dir, "uwsgi")};
  scgi_temp_path ${join(dir, "scgi")};
  upstream all_replicas {
${replicaPorts.map(server).join("\n")}
    keepalive 64;
  }
  upstream one_replica {
${server(replicaPorts[0]!)}
    keepalive 64;
  }
${front(allPort, "all_replicas")}
${front(onePort, "one_replica")}
}
`;
}

export async function startNginx(dir: string, replicaPorts: number[], allPort: number, onePort: number): Promise<Balancer> {
  await mkdir(dir, { recursive: true });
  const conf = join(dir, "nginx.conf");
  await writeFile(conf, nginxConfig(dir, replicaPorts, allPort, onePort));
  const nginx: ChildProcess = spawn("nginx", ["-c", conf, "-p", dir], { stdio: ["ignore", "inherit", "inherit"] });
  await waitForPort(allPort);
  return {
    allPort,
    onePort,
    async stop() {
      if (nginx.exitCode !== null) return;
      nginx.kill("SIGQUIT");
      await Promise.race([once(nginx, "exit"), new Promise((r) => setTimeout(r, 3000))]);
      if (nginx.exitCode === null) nginx.kill("SIGKILL");
    },
  };
}

async function waitForPort(port: number): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(`http://127.0.0.1:${port}/health`);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  throw new Error(`nginx did not listen on ${port}`);
}
