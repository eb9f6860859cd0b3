package dev.hotlist.sheets;

import java.util.UUID;

/**
 * Rows shaped like the public lead-scoring data set (X Education's Leads.csv, 37 columns): record ids, Yes/No flags,
 * "Select" placeholders and a Converted 1/0 outcome, no name, email or phone. Row {@code i} converted when i % 3 == 0
 * and is Do Not Call when i % 10 == 0.
 */
final class LeadScoringShape {
    static final String[] HEADER = {"Prospect ID", "Lead Number", "Lead Origin", "Lead Source", "Do Not Email",
        "Do Not Call", "Converted", "TotalVisits", "Total Time Spent on Website", "Page Views Per Visit",
        "Last Activity", "Country", "Specialization", "How did you hear about X Education",
        "What is your current occupation", "What matters most to you in choosing a course", "Search", "Magazine",
        "Newspaper Article", "X Education Forums", "Newspaper", "Digital Advertisement", "Through Recommendations",
        "Receive More Updates About Our Courses", "Tags", "Lead Quality", "Update me on Supply Chain Content",
        "Get updates on DM Content", "Lead Profile", "City", "Asymmetrique Activity Index",
        "Asymmetrique Profile Index", "Asymmetrique Activity Score", "Asymmetrique Profile Score",
        "I agree to pay the amount through cheque", "A free copy of Mastering The Interview",
        "Last Notable Activity"};
    private static final String[] ORIGINS = {"API", "Landing Page Submission", "Lead Add Form"};
    private static final String[] SOURCES = {"Olark Chat", "Organic Search", "Direct Traffic", "Google", "Reference"};
    private static final String[] ACTIVITY = {"Page Visited on Website", "Email Opened", "Unreachable",
        "Converted to Lead", "Olark Chat Conversation"};

    private LeadScoringShape() {
    }

    static String row(int i) {
        String yesNo = i % 7 == 0 ? "Yes" : "No";
        return String.join(",", new UUID(0x7927b2df8bba4d29L, i).toString(), Integer.toString(660_000 + i),
                ORIGINS[i % 3], SOURCES[i % 5], yesNo, i % 10 == 0 ? "Yes" : "No", i % 3 == 0 ? "1" : "0",
                Integer.toString(i % 12), Integer.toString(i * 7 % 2000), Double.toString(i % 5 / 2.0),
                ACTIVITY[i % 5], i % 4 == 0 ? "" : "India", "Select", "Select", "Unemployed",
                "Better Career Prospects", "No", "No", "No", "No", "No", "No", "No", "No",
                i % 2 == 0 ? "Ringing" : "Will revert after reading the email", i % 3 == 0 ? "Might be" : "",
                "No", "No", "Select", i % 2 == 0 ? "Select" : "Mumbai", "02.Medium", "02.Medium", "15", "15", "No",
                yesNo, "Modified");
    }
}
