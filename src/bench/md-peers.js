// The dead links of the Markdown peers' reports, one a line, as the truth names them (paths from the tree's top,
// with their fragment; external URLs as they are), for Score. Run in the tree's folder:
//   node md-peers.js mlc LOG          markdown-link-check's quiet output: "ERROR: N dead links found in FILE !"
//                                     then "[✖] LINK → Status: CODE", each link as written in FILE
//   node md-peers.js linkinator JSON  linkinator's --format json: BROKEN links, served paths without an origin
'use strict';
const fs = require('fs');
const [mode, report] = process.argv.slice(2);
const dead = new Set();
if (mode === 'mlc') {
  const root = 'file://' + process.cwd();
  let file = null;
  for (const line of fs.readFileSync(report, 'utf8').split('\n')) {
    let m = line.match(/dead links? found in (.*) !$/);
    if (m) {
      file = '/' + m[1].replace(/^\.\//, '');
      continue;
    }
    m = line.match(/\[✖\] (.*) → Status: /);
    if (!m || !file) continue;
    let link = m[1];
    if (/^https?:/.test(link)) {
      dead.add(link);
      continue;
    }
    if (link.startsWith(root + '/')) link = link.substring(root.length); // a '/' link, through {{BASEURL}}
    const url = new URL(link.replace(/ /g, '%20'), 'file://' + file);
    dead.add(url.pathname + url.hash);
  }
} else if (mode === 'linkinator') {
  for (const link of JSON.parse(fs.readFileSync(report, 'utf8')).links) {
    if (link.state === 'BROKEN') dead.add(/^[a-z]+:/.test(link.url) ? link.url : '/' + link.url);
  }
} else {
  throw new Error('mode: mlc or linkinator');
}
for (const url of [...dead].sort()) console.log(url);
