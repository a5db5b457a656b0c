// hydra:baseline passes on a site with dead links and writes them, sorted, one link and page a line, under a
// header that says what the file is and how to regenerate it; nothing in it changes from run to run.
String log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('2 dead link places')
File baseline = new File(basedir, 'hydra-baseline.txt')
assert baseline.isFile()
assert baseline.text == '''# Hydra baseline: dead links known when this file was written, so that only new ones fail the build.
# One link place a line: the link, a tab, the page or file that holds it. hydra:check reports these as
# known and names the lines to delete once they work again; -Dhydra.baseline=false ignores this file.
# Regenerate it with: mvn hydra:baseline
''' + '/img/none.png\t/about.html\n' + '/missing.html\t/\n'
return true
