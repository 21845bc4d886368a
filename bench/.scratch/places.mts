const keys: string[][] = [];
for (let a = 0; a < 9089; a++) { const ks = []; for (let i = 0; i < 6; i++) ks.push(`gen_${String(a).padStart(6, "0")}.txt#p${i}.s0`); keys.push(ks); }
for (let r = 0; r < 3; r++) {
  let t = performance.now();
  const out1 = keys.map((ks) => { const o: Record<string, string[]> = {}; for (const k of ks) o[k] = ["Hadrut"]; return o; });
  const a = performance.now() - t;
  t = performance.now();
  const out2 = keys.map((ks) => { const o: Record<string, string[]> = { __proto__: null } as any; for (const k of ks) o[k] = ["Hadrut"]; return o; });
  const b = performance.now() - t;
  t = performance.now();
  const json = JSON.stringify(out1);
  const c0 = performance.now(); JSON.parse(json); const c = performance.now() - c0;
  t = performance.now();
  const out3 = keys.map((ks) => { const o: Record<string, string[]> = {}; (o as any).x = 1; delete (o as any).x; (o as any).y = 1; delete (o as any).y; for (const k of ks) o[k] = ["Hadrut"]; return o; });
  const d = performance.now() - t;
  t = performance.now();
  const out4 = keys.map((ks) => Object.fromEntries(ks.map((k) => [k, ["Hadrut"]])));
  const e = performance.now() - t;
  console.log({ plain: a.toFixed(0), nullProto: b.toFixed(0), jsonParse: c.toFixed(0), deleted: d.toFixed(0), fromEntries: e.toFixed(0) });
}
