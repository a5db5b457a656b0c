// GitHub's runner reads workflow commands from the raw output: each dead link place is one, on its file and line,
// at the start of a line (not behind Maven's [ERROR]).
String log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains('\n::error file=README.md,line=7,title=Dead link::/docs/upgrade.md: file not found: docs/upgrade.md\n')
assert log.contains('\n::error file=docs/guide.md,line=10,title=Dead link::/docs/guide.md#tables: anchor #tables not found on the page\n')
assert log.count('::error ') == 2
return true
