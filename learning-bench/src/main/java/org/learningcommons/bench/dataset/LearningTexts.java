package org.learningcommons.bench.dataset;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Categories, course titles, summaries and lesson bodies for the generated catalogue. Bodies look
 * like what the rich-text sanitizer keeps (paragraphs, bold, lists), so pages render the markup
 * they will meet. Titles use everyday words, so catalogue searches find a few courses or hundreds.
 */
public final class LearningTexts {

  /** A category of the catalogue, its topics and the tags its courses draw from. */
  record Category(String name, List<String> topics, List<String> tags, boolean mandatory) {}

  static final List<Category> CATEGORIES =
      List.of(
          new Category(
              "Compliance",
              List.of(
                  "Data Protection and GDPR",
                  "Anti-Bribery and Corruption",
                  "Information Security Awareness",
                  "Code of Conduct",
                  "Anti-Money Laundering",
                  "Export Controls"),
              List.of("compliance", "gdpr", "policies", "security", "mandatory", "ethics"),
              true),
          new Category(
              "Health and Safety",
              List.of(
                  "Fire Safety",
                  "Display Screen Equipment",
                  "Manual Handling",
                  "First Aid at Work",
                  "Working at Height",
                  "Risk Assessment"),
              List.of("safety", "health", "mandatory", "wellbeing", "policies"),
              true),
          new Category(
              "Leadership",
              List.of(
                  "Leading Teams",
                  "Giving Feedback",
                  "Coaching Conversations",
                  "Delegation",
                  "Strategic Thinking",
                  "Leading Change"),
              List.of("leadership", "management", "coaching", "feedback", "growth"),
              false),
          new Category(
              "Technology",
              List.of(
                  "Java",
                  "PostgreSQL",
                  "Kubernetes",
                  "Cloud Architecture",
                  "Secure Coding",
                  "Test Automation",
                  "Web Accessibility",
                  "Python"),
              List.of("java", "sql", "cloud", "security", "testing", "python", "frontend"),
              false),
          new Category(
              "Data and Analytics",
              List.of(
                  "Data Literacy",
                  "SQL for Analysts",
                  "Dashboards and Reporting",
                  "Statistics",
                  "Machine Learning"),
              List.of("data", "sql", "reporting", "statistics", "python"),
              false),
          new Category(
              "Communication",
              List.of(
                  "Business Writing",
                  "Presentation Skills",
                  "Difficult Conversations",
                  "Negotiation",
                  "Storytelling with Data"),
              List.of("communication", "writing", "speaking", "negotiation"),
              false),
          new Category(
              "Project Management",
              List.of(
                  "Agile and Scrum",
                  "Kanban",
                  "Project Planning",
                  "Stakeholder Management",
                  "Risk Management"),
              List.of("projects", "agile", "planning", "scrum"),
              false),
          new Category(
              "Sales and Customers",
              List.of(
                  "Consultative Selling",
                  "Customer Service Excellence",
                  "Account Management",
                  "Handling Complaints"),
              List.of("sales", "customers", "service", "negotiation"),
              false),
          new Category(
              "Finance",
              List.of(
                  "Finance for Non-Finance Managers",
                  "Budgeting",
                  "Expenses and Procurement",
                  "Reading a Balance Sheet"),
              List.of("finance", "budgeting", "reporting"),
              false),
          new Category(
              "Wellbeing",
              List.of("Resilience", "Mindfulness", "Managing Stress", "Sleep and Energy"),
              List.of("wellbeing", "health", "mindfulness"),
              false),
          new Category(
              "Diversity and Inclusion",
              List.of("Unconscious Bias", "Inclusive Hiring", "Allyship"),
              List.of("inclusion", "diversity", "hiring"),
              false),
          new Category(
              "Onboarding",
              List.of("Welcome to the Company", "Our Products", "Tools We Use"),
              List.of("onboarding", "newcomers", "tools"),
              false),
          new Category(
              "Languages",
              List.of("Business English", "German for Beginners", "Spanish for Beginners"),
              List.of("languages", "english", "german", "spanish"),
              false),
          new Category(
              "Productivity",
              List.of("Excel Essentials", "Time Management", "Effective Meetings"),
              List.of("excel", "productivity", "habits", "tools"),
              false));

  private static final List<String> FORMS =
      List.of(
          "Introduction to %s",
          "%s Essentials",
          "%s: Advanced",
          "%s for Managers",
          "%s in Practice",
          "%s Refresher",
          "%s Masterclass",
          "Foundations of %s");

  /**
   * What the load journey types into the catalogue search: words of the titles and categories, some
   * rare (a topic), some common (a form shared by every category).
   */
  public static final List<String> SEARCH_TERMS =
      List.of(
          "safety",
          "java",
          "data",
          "feedback",
          "agile",
          "excel",
          "security",
          "customer",
          "budgeting",
          "introduction",
          "essentials",
          "management",
          "writing",
          "inclusion",
          "python",
          "leadership");

  static final List<String> MODULE_TOPICS =
      List.of(
          "Getting started",
          "Key concepts",
          "In practice",
          "Common pitfalls",
          "Case studies",
          "Tools and techniques",
          "Putting it together",
          "Next steps");

  private static final List<String> SENTENCES =
      List.of(
          "Start with what you already know and write down one question you want answered.",
          "The main idea is simple, but applying it every day takes practice and feedback.",
          "Most mistakes happen when a step is skipped under time pressure.",
          "Look at the example below and compare it with how your team works today.",
          "Ask a colleague how they handle this; you will often learn a shortcut.",
          "Policies change: the version on the intranet is the one that applies.",
          "When in doubt, stop and ask before you act, and note what you decided.",
          "A short checklist keeps the important points in front of you.",
          "Measure the result after a few weeks to see whether the change helped.",
          "This section ends with a summary you can print and keep at your desk.",
          "Think of a recent situation in which this would have made a difference.",
          "Managers play a key role here: they set the example others follow.");

  private LearningTexts() {}

  static String title(String topic, int form) {
    return FORMS.get(form % FORMS.size()).formatted(topic);
  }

  static int forms() {
    return FORMS.size();
  }

  static String summary(String topic, String category, int modules, SplittableRandom random) {
    return topic
        + " for everyone who wants to get better at it. This "
        + category.toLowerCase(Locale.ROOT)
        + " course covers what "
        + topic
        + " is, why it matters here and how to apply it in daily work, in "
        + modules
        + " modules with practical exercises. "
        + SENTENCES.get(random.nextInt(SENTENCES.size()));
  }

  /** A lesson page of two to five paragraphs, sometimes with a list, as sanitised HTML. */
  static String page(String topic, SplittableRandom random) {
    StringBuilder html = new StringBuilder(1_200);
    int paragraphs = 2 + random.nextInt(4);
    for (int p = 0; p < paragraphs; p++) {
      html.append("<p>");
      if (p == 0) {
        html.append("<strong>").append(topic).append(".</strong> ");
      }
      int sentences = 2 + random.nextInt(3);
      for (int s = 0; s < sentences; s++) {
        if (s > 0) {
          html.append(' ');
        }
        html.append(SENTENCES.get(random.nextInt(SENTENCES.size())));
      }
      html.append("</p>");
      if (p == 0 && random.nextInt(3) == 0) {
        html.append("<ul>");
        for (int i = 0; i < 3; i++) {
          html.append("<li>")
              .append(SENTENCES.get(random.nextInt(SENTENCES.size())))
              .append("</li>");
        }
        html.append("</ul>");
      }
    }
    return html.toString();
  }

  static String question(String topic, int position) {
    return "Question " + position + " on " + topic + ": which of these is right?";
  }

  static String option(int position) {
    return SENTENCES.get(position * 3 % SENTENCES.size());
  }

  static String review(int rating, SplittableRandom random) {
    String[] good = {
      "Clear and practical, I used it the next day.",
      "Well paced; the quiz made me think.",
      "Exactly what I needed before my new role.",
      "Good examples from our own company."
    };
    String[] poor = {
      "Too long for what it covers.",
      "Some links did not work for me.",
      "Too basic if you know the topic already."
    };
    String[] pick = rating >= 4 ? good : poor;
    return pick[random.nextInt(pick.length)];
  }
}
