// Nothing to check: the build passes with a warning that names the folder and says what to set.
String log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('[WARNING] Hydra: nothing to check: no Markdown or AsciiDoc file under ')
assert log.contains('Set <files> (-Dhydra.files=README.md,docs/**/*.md) for the project\'s docs, <directory>')
assert !new File(basedir, 'target/hydra/report.json').exists()
return true
