// Run by the build of the Journey repository (maven-invoker-plugin) after `mvn package` here:
// the journey's reports and tracking configurations must have been generated.
def journey = new File(basedir, 'target/journeys/maven.demo.NewsletterSignup')
['journey-map.html', 'journey-map.md', 'journey.json'].each { name ->
    def file = new File(journey, name)
    assert file.isFile() : "missing ${file}"
    assert file.length() > 0 : "empty ${file}"
}
assert new File(journey, 'journey-map.html').getText('UTF-8').contains('Signing up for the newsletter')
