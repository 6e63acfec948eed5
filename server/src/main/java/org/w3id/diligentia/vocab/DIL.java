package org.w3id.diligentia.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The terms of the Diligentia ontology ({@code ontology/diligentia.ttl}) as Jena constants.
 * {@code DILTest} checks this class against the ontology file in both directions: every constant
 * names a declared term, and every declared class and property has a constant.
 */
public final class DIL {
    /** The ontology namespace, {@value}. */
    public static final String NS = "https://w3id.org/diligentia/ontology#";
    /** The ontology IRI. */
    public static final Resource ONTOLOGY = ResourceFactory.createResource("https://w3id.org/diligentia/ontology");

    private DIL() {}

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS, local);
    }

    // Classes
    public static final Resource Actor = resource("Actor");
    public static final Resource Scope = resource("Scope");
    public static final Resource State = resource("State");
    public static final Resource Organization = resource("Organization");
    public static final Resource RegionalOrganization = resource("RegionalOrganization");
    public static final Resource GlobalOrganization = resource("GlobalOrganization");
    public static final Resource IntergovernmentalProcess = resource("IntergovernmentalProcess");
    public static final Resource Organ = resource("Organ");
    public static final Resource UNBody = resource("UNBody");
    public static final Resource ExpertBody = resource("ExpertBody");
    public static final Resource World = resource("World");
    public static final Resource Membership = resource("Membership");
    public static final Resource MembershipStatus = resource("MembershipStatus");
    public static final Resource Instrument = resource("Instrument");
    public static final Resource InstrumentKind = resource("InstrumentKind");
    public static final Resource AdoptionMode = resource("AdoptionMode");
    public static final Resource DueDiligenceCoding = resource("DueDiligenceCoding");
    public static final Resource Confidence = resource("Confidence");
    public static final Resource Evidence = resource("Evidence");
    public static final Resource Norm = resource("Norm");
    public static final Resource Obligation = resource("Obligation");
    public static final Resource Question = resource("Question");
    public static final Resource Position = resource("Position");
    public static final Resource Stance = resource("Stance");
    public static final Resource ConsensusLevel = resource("ConsensusLevel");
    public static final Resource ConsensusAssessment = resource("ConsensusAssessment");
    public static final Resource CustomIndicator = resource("CustomIndicator");
    public static final Resource CustomAssessment = resource("CustomAssessment");
    public static final Resource Territory = resource("Territory");
    public static final Resource RegionalGroup = resource("RegionalGroup");
    public static final Resource GroupMembership = resource("GroupMembership");
    public static final Resource GroupRole = resource("GroupRole");
    public static final Resource Reading = resource("Reading");
    public static final Resource SilentReading = resource("SilentReading");
    public static final Resource CoverageClass = resource("CoverageClass");
    public static final Resource StanceTimeline = resource("StanceTimeline");
    public static final Resource StanceInterval = resource("StanceInterval");
    public static final Resource PopulationInterval = resource("PopulationInterval");

    // Datatypes
    public static final Resource PartialDate = resource("PartialDate");
    public static final Resource Threshold = resource("Threshold");

    // Properties
    public static final Property membershipStatus = property("membershipStatus");
    public static final Property knownNoLaterThan = property("knownNoLaterThan");
    public static final Property effectiveStart = property("effectiveStart");
    public static final Property effectiveEnd = property("effectiveEnd");
    public static final Property populationOf = property("populationOf");
    public static final Property iso3 = property("iso3");
    public static final Property iso2 = property("iso2");
    public static final Property m49 = property("m49");
    public static final Property formalName = property("formalName");
    public static final Property unStatus = property("unStatus");
    public static final Property orgId = property("orgId");
    public static final Property acronym = property("acronym");
    public static final Property founded = property("founded");
    public static final Property seatsAllMembers = property("seatsAllMembers");
    public static final Property note = property("note");
    public static final Property instrumentKind = property("instrumentKind");
    public static final Property adoptedBy = property("adoptedBy");
    public static final Property adoptionMode = property("adoptionMode");
    public static final Property legallyBinding = property("legallyBinding");
    public static final Property symbol = property("symbol");
    public static final Property shortTitle = property("shortTitle");
    public static final Property ddCoding = property("ddCoding");
    public static final Property pinpoint = property("pinpoint");
    public static final Property summary = property("summary");
    public static final Property dateUnknown = property("dateUnknown");
    public static final Property confidence = property("confidence");
    public static final Property evidence = property("evidence");
    public static final Property rank = property("rank");
    public static final Property componentOf = property("componentOf");
    public static final Property about = property("about");
    public static final Property proposition = property("proposition");
    public static final Property holder = property("holder");
    public static final Property question = property("question");
    public static final Property stance = property("stance");
    public static final Property instrument = property("instrument");
    public static final Property hasReading = property("hasReading");
    public static final Property adoptedIn = property("adoptedIn");
    public static final Property decisive = property("decisive");
    public static final Property effectiveDate = property("effectiveDate");
    public static final Property collective = property("collective");
    public static final Property forOrganization = property("forOrganization");
    public static final Property minSupport = property("minSupport");
    public static final Property maxOpposition = property("maxOpposition");
    public static final Property minAgreement = property("minAgreement");
    public static final Property agreementBelow = property("agreementBelow");
    public static final Property minAffirming = property("minAffirming");
    public static final Property minRejecting = property("minRejecting");
    public static final Property ruleText = property("ruleText");
    public static final Property scope = property("scope");
    public static final Property asOf = property("asOf");
    public static final Property level = property("level");
    public static final Property matchedRule = property("matchedRule");
    public static final Property memberCount = property("memberCount");
    public static final Property affirmingCount = property("affirmingCount");
    public static final Property rejectingCount = property("rejectingCount");
    public static final Property undecidedCount = property("undecidedCount");
    public static final Property noStanceCount = property("noStanceCount");
    public static final Property support = property("support");
    public static final Property opposition = property("opposition");
    public static final Property agreement = property("agreement");
    public static final Property minConfidence = property("minConfidence");
    public static final Property contentHash = property("contentHash");
    public static final Resource ChangeReport = resource("ChangeReport");
    public static final Resource PositionChange = resource("PositionChange");
    public static final Resource AnswerChange = resource("AnswerChange");
    public static final Resource AnswerState = resource("AnswerState");
    public static final Property changeReport = property("changeReport");
    public static final Property comparedWith = property("comparedWith");
    public static final Property positionChange = property("positionChange");
    public static final Property changedReading = property("changedReading");
    public static final Property changeKind = property("changeKind");
    public static final Property changedField = property("changedField");
    public static final Property answerChange = property("answerChange");
    public static final Property answerBefore = property("answerBefore");
    public static final Property answerAfter = property("answerAfter");
    public static final Property countsFor = property("countsFor");
    public static final Property precedence = property("precedence");
    public static final Property groupMember = property("groupMember");
    public static final Property regionalGroup = property("regionalGroup");
    public static final Property groupRole = property("groupRole");
    public static final Property electoral = property("electoral");
    public static final Property groupDuring = property("groupDuring");
    public static final Property readVia = property("readVia");
    public static final Property coverageBelow = property("coverageBelow");
    public static final Property silentCount = property("silentCount");
    public static final Property unreadCount = property("unreadCount");
    public static final Property noDocumentCount = property("noDocumentCount");
    public static final Property coverage = property("coverage");
    public static final Property known = property("known");
    public static final Property intervalState = property("intervalState");
    public static final Property interval = property("interval");
    public static final Property from = property("from");
    public static final Property until = property("until");
    public static final Property effectivePosition = property("effectivePosition");
    public static final Property coverageClass = property("coverageClass");
    public static final Property affirmingAbove = property("affirmingAbove");
    public static final Property coverageFloorOf = property("coverageFloorOf");
    public static final Property minMajorityGroups = property("minMajorityGroups");
    public static final Property maxInconsistentShare = property("maxInconsistentShare");
    public static final Property maxObjectingShare = property("maxObjectingShare");
    public static final Property benchmarkLevel = property("benchmarkLevel");
    public static final Property failLabel = property("failLabel");
    public static final Property verdict = property("verdict");
    public static final Property finding = property("finding");
    public static final Property objector = property("objector");
    public static final Property persistentObjectorCandidate = property("persistentObjectorCandidate");
    public static final Property inconsistentState = property("inconsistentState");
}
