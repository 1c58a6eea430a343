import BriefSite
import Testing

/// The affinity list that `brief eval` reads to say on how many cores it measured.
@Suite struct UsableCoresTests {
    @Test func countsSinglesAndRanges() {
        let status = "Name:\tbrief\nCpus_allowed:\t3\nCpus_allowed_list:\t0-1,3\nMems_allowed_list:\t0\n"
        #expect(UsableCores.cpuCount(inStatus: status) == 3)
    }

    @Test func oneCoreUnderTaskset() {
        #expect(UsableCores.cpuCount(inStatus: "Cpus_allowed_list:\t1\n") == 1)
    }

    @Test func unreadableListGivesNothing() {
        #expect(UsableCores.cpuCount(inStatus: "Name:\tbrief\n") == nil)
        #expect(UsableCores.cpuCount(inStatus: "Cpus_allowed_list:\tx-y\n") == nil)
        #expect(UsableCores.cpuCount(inStatus: "Cpus_allowed_list:\t3-1\n") == nil)
    }

    @Test func thisProcessHasAtLeastOneCore() {
        #expect(UsableCores.count >= 1)
    }
}
