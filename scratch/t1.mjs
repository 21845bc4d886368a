import { parseHTML } from "linkedom";
import { Readability } from "@mozilla/readability";
const html = `<!doctype html><html><head><title>Ganja hit | Wire</title></head><body><nav><a href="/">Home</a><a href="/world">World</a></nav>
<article class="teaser"><h2><a href="/x">Other story</a></h2><p>Short teaser.</p></article>
<main><article><h1>Missile strike on Ganja</h1><time datetime="2020-10-11T08:00:00Z">11 Oct</time>
<p>BAKU, Oct 11 (Wire) - Azerbaijan's defence ministry said on Sunday that nine civilians were killed when a missile struck an apartment block in Ganja overnight.
<p>Armenia's defence ministry denied the accusation, saying its forces had not fired on civilian areas, and accused Azerbaijan of shelling Stepanakert.
<div class="share">Share on Twitter</div>
<p>The OSCE Minsk Group co-chairs called upon the parties to observe the humanitarian ceasefire agreed in Moscow.</p>
</article><aside class="related"><h3>Related</h3><ul><li><a>Another</a></li></ul></aside></main><footer>© 2020 Wire</footer></body></html>`;
const t=performance.now();
const { document } = parseHTML(html);
const r = new Readability(document).parse();
console.log(performance.now()-t, r.title, r.siteName, r.publishedTime);
console.log(r.content);
