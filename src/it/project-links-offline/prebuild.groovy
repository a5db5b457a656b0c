// A git checkout on branch main, written as git writes it (no git binary needed), and the site a build would have
// generated, in target/site.
new File(basedir, '.git/refs/heads').mkdirs()
new File(basedir, '.git/HEAD').text = 'ref: refs/heads/main\n'
File site = new File(basedir, 'target/site')
site.mkdirs()
new File(basedir, 'site').eachFile { page -> new File(site, page.name).bytes = page.bytes }
return true
