package org.learningcommons.bench.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Names, titles and post bodies for generated communities. Bodies look like what the rich-text
 * sanitizer lets through (paragraphs, bold, lists), so pages render the markup they will meet.
 */
final class DiscussionTexts {

  /** A subject people gather around, its category and the tags it suggests. */
  record Topic(String name, String category, List<String> tags) {}

  static final List<Topic> TOPICS =
      List.of(
          topic("Java", "Technology", "java", "jvm", "backend"),
          topic("PostgreSQL", "Technology", "postgresql", "sql", "databases"),
          topic("Cloud Platforms", "Technology", "cloud", "kubernetes", "operations"),
          topic("Data Science", "Technology", "data", "python", "statistics"),
          topic("Machine Learning", "Technology", "ml", "python", "data"),
          topic("Web Accessibility", "Technology", "accessibility", "frontend", "design"),
          topic("Security Champions", "Technology", "security", "owasp", "privacy"),
          topic("Testing", "Technology", "testing", "quality", "automation"),
          topic("DevOps", "Technology", "ci", "operations", "automation"),
          topic("UX Research", "Design", "ux", "research", "design"),
          topic("Design Systems", "Design", "design", "frontend", "components"),
          topic("Leadership", "Leadership", "leadership", "management", "coaching"),
          topic("New Managers", "Leadership", "management", "onboarding", "feedback"),
          topic("Coaching", "Leadership", "coaching", "feedback", "growth"),
          topic("Project Management", "Ways of Working", "projects", "planning", "agile"),
          topic("Agile Practices", "Ways of Working", "agile", "scrum", "kanban"),
          topic("Remote Work", "Ways of Working", "remote", "collaboration", "wellbeing"),
          topic("Writing", "Communication", "writing", "documentation", "communication"),
          topic("Public Speaking", "Communication", "speaking", "presentations", "confidence"),
          topic("Languages", "Communication", "languages", "spanish", "german"),
          topic("Sales Skills", "Business", "sales", "negotiation", "customers"),
          topic("Customer Success", "Business", "customers", "support", "service"),
          topic("Finance Basics", "Business", "finance", "budgeting", "reporting"),
          topic("Product Management", "Business", "product", "discovery", "roadmaps"),
          topic("Marketing", "Business", "marketing", "brand", "content"),
          topic("Sustainability", "Company Life", "sustainability", "climate", "green"),
          topic("Wellbeing", "Company Life", "wellbeing", "health", "mindfulness"),
          topic("Diversity and Inclusion", "Company Life", "inclusion", "diversity", "equity"),
          topic("Mentoring", "Careers", "mentoring", "careers", "growth"),
          topic("Career Development", "Careers", "careers", "growth", "skills"),
          topic("Onboarding", "Careers", "onboarding", "newcomers", "buddies"),
          topic("Compliance", "Governance", "compliance", "gdpr", "policies"),
          topic("Health and Safety", "Governance", "safety", "policies", "training"),
          topic("Excel and Spreadsheets", "Productivity", "excel", "spreadsheets", "reporting"),
          topic("Productivity Tools", "Productivity", "tools", "automation", "habits"),
          topic("Book Club", "Social", "books", "reading", "discussion"),
          topic("Photography", "Social", "photography", "hobbies", "creative"),
          topic("Running", "Social", "running", "sport", "wellbeing"),
          topic("Volunteering", "Social", "volunteering", "community", "charity"),
          topic("Innovation Lab", "Business", "innovation", "ideas", "experiments"));

  private static final List<String> FORMS =
      List.of(
          "%s Community",
          "%s Guild",
          "%s Circle",
          "%s Network",
          "%s Practice",
          "%s Forum",
          "%s Club",
          "%s Exchange");

  private static final List<String> QUESTIONS =
      List.of(
          "How do you get started with %s?",
          "Which %s resources would you recommend?",
          "What is the best way to share %s knowledge across teams?",
          "Has anyone measured the effect of %s training?",
          "Where do you keep your %s notes?",
          "Who can review my first %s plan?");

  private static final List<String> DISCUSSIONS =
      List.of(
          "Notes from this month's %s session",
          "What we learned from our %s pilot",
          "%s: lessons from the last quarter",
          "Share your favourite %s tip",
          "Reading list: %s",
          "Monthly %s meet-up: agenda and slides");

  private static final List<String> SENTENCES =
      List.of(
          "Thanks for sharing this, it matches what we saw in our team.",
          "We tried the same approach last quarter and it worked well for small groups.",
          "The recording of the session is in the team drive if anyone missed it.",
          "I would add that the first week is the hardest, so plan for questions.",
          "Could you say more about how you measured the improvement?",
          "Our department ran a short pilot and collected feedback from twelve people.",
          "A colleague pointed me to a good introduction, I will post the link below.",
          "It helped to pair up with someone who had done it before.",
          "We keep a checklist in the wiki so newcomers can follow along.",
          "The main surprise was how much time the review step saved later.",
          "I disagree a little: the context of each team matters more than the tool.",
          "Happy to run a lunch-and-learn on this next month.");

  private static final List<String> ITEMS =
      List.of(
          "start small",
          "write down what you learn",
          "ask for feedback early",
          "share the slides afterwards",
          "book a follow-up session",
          "invite someone from another team");

  private DiscussionTexts() {}

  private static Topic topic(String name, String category, String... tags) {
    return new Topic(name, category, List.of(tags));
  }

  /** The topic of the {@code index}-th community (from 0). */
  static Topic topicOf(int index) {
    return TOPICS.get(index % TOPICS.size());
  }

  /** A unique name per index: every topic in every form, then the same with a number. */
  static String communityName(int index) {
    Topic topic = topicOf(index);
    int form = (index / TOPICS.size()) % FORMS.size();
    int round = index / (TOPICS.size() * FORMS.size());
    String name = String.format(Locale.ROOT, FORMS.get(form), topic.name());
    return round == 0 ? name : name + " " + (round + 1);
  }

  static String description(Topic topic) {
    return "A place to share what we learn about "
        + topic.name()
        + ": questions, links, slides and lessons from our projects. Everyone is welcome to ask.";
  }

  static String title(Topic topic, boolean question, SplittableRandom random) {
    List<String> templates = question ? QUESTIONS : DISCUSSIONS;
    return String.format(
        Locale.ROOT, templates.get(random.nextInt(templates.size())), topic.name());
  }

  /**
   * A short body of sanitised-looking HTML, the same for the same post id: one to three paragraphs,
   * sometimes with bold text or a list, and the mention if there is one.
   */
  static String body(int postId, String mention) {
    SplittableRandom random = new SplittableRandom(postId * 0x9E3779B97F4A7C15L);
    StringBuilder html = new StringBuilder(400);
    html.append("<p>");
    if (mention != null) {
      html.append('@').append(mention).append(' ');
    }
    html.append(sentence(random)).append(' ').append(sentence(random)).append("</p>");
    int shape = random.nextInt(10);
    if (shape < 3) {
      html.append("<p><strong>")
          .append(sentence(random))
          .append("</strong> ")
          .append(sentence(random))
          .append("</p>");
    } else if (shape < 5) {
      html.append("<ul>");
      int items = 2 + random.nextInt(3);
      List<String> shuffled = new ArrayList<>(ITEMS);
      for (int i = 0; i < items; i++) {
        html.append("<li>")
            .append(shuffled.remove(random.nextInt(shuffled.size())))
            .append("</li>");
      }
      html.append("</ul>");
    }
    return html.toString();
  }

  private static String sentence(SplittableRandom random) {
    return SENTENCES.get(random.nextInt(SENTENCES.size()));
  }
}
