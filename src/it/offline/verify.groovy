// Offline: the external link is skipped (not fetched, not broken); the internal one is still checked.
String json = new File(basedir, 'target/hydra/report.json').getText('UTF-8')
String external = json.readLines().find { it.contains('"url": "https://external.example.invalid/page"') }
String internal = json.readLines().find { it.contains('"url": "/missing.html"') }
assert external != null && external.contains('"result": "skipped"') : "external link: ${external}"
assert internal != null && internal.contains('"result": "broken"') : "internal link: ${internal}"
return true
