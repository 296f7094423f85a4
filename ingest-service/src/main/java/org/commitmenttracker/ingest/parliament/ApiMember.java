package org.commitmenttracker.ingest.parliament;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A Member of either House as the API gives it with {@code expandMember=true}. */
@JsonIgnoreProperties(ignoreUnknown = true)
record ApiMember(Integer id, String name, String listAs, String party, String memberFrom) {
}
