package org.learningcommons.bench.dataset;

import java.util.ArrayList;
import java.util.List;

/**
 * Department names and the job titles inside them. The Executive Office comes first; a preset with
 * more departments than the catalogue names repeats it with a number ("Engineering 2"), as
 * companies do with regional or product units. Human Resources comes early so every preset has it.
 */
final class Departments {

  static final String EXECUTIVE_OFFICE = "Executive Office";

  /** Titles in the Executive Office after the chief executive and the platform administrator. */
  static final List<String> EXECUTIVE_TITLES =
      List.of(
          "Executive Assistant",
          "Chief Financial Officer",
          "Chief Operating Officer",
          "Chief of Staff",
          "Chief Technology Officer",
          "Chief People Officer",
          "Executive Assistant",
          "Strategy Advisor");

  /**
   * A kind of department: its head's and team leads' titles and the titles of its staff (repeated
   * entries are more common). In Human Resources, the head, the team leads and the staff with an
   * {@code hrTitle} are in the LC-HR group.
   */
  record Kind(
      String name, String headTitle, String leadTitle, List<String> staffTitles, String hrTitle) {

    boolean humanResources() {
      return hrTitle != null;
    }
  }

  static final List<Kind> CATALOGUE =
      List.of(
          kind(
              "Engineering",
              "VP of Engineering",
              "Engineering Manager",
              "Software Engineer",
              "Software Engineer",
              "Senior Software Engineer",
              "QA Engineer",
              "DevOps Engineer",
              "Staff Engineer"),
          kind(
              "Sales",
              "Sales Director",
              "Sales Team Lead",
              "Account Executive",
              "Account Executive",
              "Account Manager",
              "Sales Development Representative",
              "Sales Operations Analyst"),
          new Kind(
              "Human Resources",
              "HR Director",
              "HR Team Lead",
              List.of(
                  "HR Business Partner",
                  "Recruiter",
                  "Payroll Specialist",
                  "HR Administrator",
                  "HR Business Partner",
                  "Learning Coordinator"),
              "HR Business Partner"),
          kind(
              "Finance",
              "Finance Director",
              "Finance Team Lead",
              "Accountant",
              "Financial Analyst",
              "Accounts Payable Clerk",
              "Financial Controller"),
          kind(
              "Marketing",
              "Marketing Director",
              "Marketing Team Lead",
              "Marketing Specialist",
              "Content Writer",
              "Campaign Manager",
              "SEO Specialist"),
          kind(
              "Customer Support",
              "Head of Customer Support",
              "Support Team Lead",
              "Support Agent",
              "Support Agent",
              "Senior Support Agent",
              "Technical Support Specialist"),
          kind(
              "Operations",
              "Operations Director",
              "Operations Team Lead",
              "Operations Analyst",
              "Operations Coordinator",
              "Process Improvement Specialist"),
          kind(
              "Legal",
              "General Counsel",
              "Legal Team Lead",
              "Legal Counsel",
              "Paralegal",
              "Contract Manager"),
          kind(
              "Product Management",
              "VP of Product",
              "Group Product Manager",
              "Product Manager",
              "Product Owner",
              "Business Analyst"),
          kind(
              "IT Services",
              "Head of IT Services",
              "IT Team Lead",
              "Systems Administrator",
              "Service Desk Analyst",
              "Network Engineer"),
          kind(
              "Research & Development",
              "Head of Research",
              "Research Group Lead",
              "Research Scientist",
              "Research Engineer",
              "Lab Technician"),
          kind(
              "Procurement",
              "Head of Procurement",
              "Procurement Team Lead",
              "Buyer",
              "Category Manager",
              "Procurement Analyst"),
          kind(
              "Facilities",
              "Facilities Director",
              "Facilities Team Lead",
              "Facilities Coordinator",
              "Maintenance Technician",
              "Office Manager"),
          kind(
              "Quality Assurance",
              "Head of Quality",
              "Quality Team Lead",
              "Quality Analyst",
              "Test Engineer",
              "Auditor"),
          kind(
              "Data & Analytics",
              "Head of Data",
              "Analytics Team Lead",
              "Data Analyst",
              "Data Engineer",
              "Data Scientist"),
          kind(
              "Communications",
              "Communications Director",
              "Communications Team Lead",
              "Communications Officer",
              "Internal Communications Specialist",
              "Editor"),
          kind(
              "Information Security",
              "Chief Information Security Officer",
              "Security Team Lead",
              "Security Analyst",
              "Security Engineer",
              "Identity and Access Specialist"),
          kind(
              "Learning & Development",
              "Head of Learning",
              "Learning Team Lead",
              "Instructional Designer",
              "Trainer",
              "Learning Technologist"),
          kind(
              "Logistics",
              "Logistics Director",
              "Logistics Team Lead",
              "Logistics Coordinator",
              "Warehouse Supervisor",
              "Transport Planner"),
          kind(
              "Design",
              "Head of Design",
              "Design Lead",
              "Product Designer",
              "UX Researcher",
              "Graphic Designer"),
          kind(
              "Partnerships",
              "Head of Partnerships",
              "Partnerships Team Lead",
              "Partner Manager",
              "Alliance Coordinator"),
          kind(
              "Compliance",
              "Chief Compliance Officer",
              "Compliance Team Lead",
              "Compliance Analyst",
              "Regulatory Specialist"),
          kind(
              "Strategy",
              "Head of Strategy",
              "Strategy Team Lead",
              "Strategy Analyst",
              "Business Planner"),
          kind(
              "Internal Audit",
              "Head of Internal Audit",
              "Audit Team Lead",
              "Internal Auditor",
              "IT Auditor"),
          kind(
              "Business Development",
              "Business Development Director",
              "Business Development Lead",
              "Business Development Manager",
              "Market Researcher"),
          kind(
              "Public Relations",
              "Head of Public Relations",
              "PR Team Lead",
              "PR Specialist",
              "Media Relations Officer"),
          kind(
              "Risk Management",
              "Chief Risk Officer",
              "Risk Team Lead",
              "Risk Analyst",
              "Business Continuity Planner"),
          kind("Treasury", "Treasurer", "Treasury Team Lead", "Treasury Analyst", "Cash Manager"),
          kind(
              "Investor Relations",
              "Head of Investor Relations",
              "Investor Relations Lead",
              "Investor Relations Analyst",
              "Financial Writer"),
          kind(
              "Supply Chain",
              "Supply Chain Director",
              "Supply Chain Team Lead",
              "Supply Chain Planner",
              "Demand Analyst",
              "Inventory Controller"));

  private Departments() {}

  private static Kind kind(String name, String head, String lead, String... staffTitles) {
    return new Kind(name, head, lead, List.of(staffTitles), null);
  }

  /** The kind of the {@code n}-th department after the Executive Office (n from 1). */
  static Kind kind(int n) {
    return CATALOGUE.get((n - 1) % CATALOGUE.size());
  }

  /** The name of the {@code n}-th department after the Executive Office (n from 1). */
  static String name(int n) {
    int round = (n - 1) / CATALOGUE.size() + 1;
    String base = kind(n).name();
    return round == 1 ? base : base + " " + round;
  }

  /** All department names of a company with {@code count} departments, Executive Office first. */
  static List<String> names(int count) {
    List<String> names = new ArrayList<>(count);
    names.add(EXECUTIVE_OFFICE);
    for (int n = 1; n < count; n++) {
      names.add(name(n));
    }
    return List.copyOf(names);
  }
}
