package org.learningcommons.learning.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.learningcommons.community.web.Refusals;
import org.learningcommons.infrastructure.security.CurrentUser;
import org.learningcommons.infrastructure.web.Messages;
import org.learningcommons.learning.CourseAuthoring;
import org.learningcommons.learning.CourseDescription;
import org.learningcommons.learning.CourseDrafts.LessonDraft;
import org.learningcommons.learning.CourseDrafts.OptionDraft;
import org.learningcommons.learning.CourseDrafts.QuestionDraft;
import org.learningcommons.learning.CourseDrafts.QuizDraft;
import org.learningcommons.learning.CourseFormat;
import org.learningcommons.learning.CourseReading;
import org.learningcommons.learning.CourseViews.CourseView;
import org.learningcommons.learning.CourseViews.ItemContent;
import org.learningcommons.learning.ItemKind;
import org.learningcommons.learning.QuestionKind;
import org.learningcommons.learning.QuizViews.QuestionEditView;
import org.primefaces.event.FileUploadEvent;

/**
 * The course editor: the description (a new course without {@code id}), modules, lessons and
 * quizzes with their questions, publishing and retiring. The EJBs check who may change the course;
 * this page shows itself to the owner, HR and administrators only.
 */
@Named
@ViewScoped
public class CourseEditor implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB CourseAuthoring authoring;
  @EJB CourseReading reading;
  @Inject Refusals refusals;
  @Inject Messages messages;
  @Inject CurrentUser user;

  private String id;
  private CourseView course;

  private String title;
  private String summary;
  private String category;
  private String tags;
  private String departments;
  private Integer durationMinutes = 60;
  private CourseFormat format = CourseFormat.E_LEARNING;
  private boolean selfEnrol = true;
  private Integer validityMonths;
  private Integer renewalWindowDays = 30;
  private long version;

  private String moduleTitle;

  private Long itemId;
  private Long itemModuleId;
  private ItemKind itemKind = ItemKind.PAGE;
  private String itemTitle;
  private String itemBody;
  private String itemUrl;
  private Long itemAttachmentId;
  private String itemFileName;
  private boolean itemRequired = true;
  private Integer passMark = 70;
  private Integer attemptLimit;

  private Long quizId;
  private List<QuestionEditView> questions = List.of();
  private QuestionKind questionKind = QuestionKind.SINGLE;
  private String questionText;
  private String questionOptions;

  public void load() {
    if (id == null || id.isBlank()) {
      if (!user.isHr() && !user.isAdmin()) {
        refusals.forbidden();
      }
      return;
    }
    course = refusals.found(id, reading::course);
    if (course == null) {
      return;
    }
    if (!course.mayManage()) {
      refusals.forbidden();
      return;
    }
    title = course.title();
    summary = course.summary();
    category = course.category();
    tags = String.join(", ", course.tags());
    departments = String.join(", ", course.audienceDepartments());
    durationMinutes = course.durationMinutes();
    format = course.format();
    selfEnrol = course.selfEnrol();
    validityMonths = course.validityMonths();
    renewalWindowDays = course.renewalWindowDays();
    version = course.version();
    if (!course.modules().isEmpty()) {
      itemModuleId = course.modules().get(0).id();
    }
  }

  private void refresh() {
    course = reading.course(course.id());
    version = course.version();
    if (quizId != null) {
      questions = authoring.questionsToEdit(course.id(), quizId);
    }
  }

  public String save() {
    CourseDescription description =
        new CourseDescription(
            title,
            summary,
            category,
            split(tags),
            split(departments),
            durationMinutes == null ? 0 : durationMinutes,
            format,
            selfEnrol,
            validityMonths,
            renewalWindowDays == null ? 30 : renewalWindowDays);
    Map<String, String> fields =
        Map.of(
            "title", "describeForm:title",
            "summary", "describeForm:summary",
            "category", "describeForm:category",
            "duration", "describeForm:duration");
    long[] saved = new long[1];
    boolean ok =
        refusals.attempt(
            () -> {
              if (course == null) {
                saved[0] = authoring.create(description);
              } else {
                authoring.describe(course.id(), version, description);
                saved[0] = course.id();
              }
            },
            fields);
    if (!ok) {
      return null;
    }
    messages.info("course.saved");
    messages.keepForRedirect();
    return "/learning/course-edit?faces-redirect=true&id=" + saved[0];
  }

  public void publish() {
    if (refusals.attempt(() -> authoring.publish(course.id()))) {
      messages.info("course.published");
      refresh();
    }
  }

  public void retire() {
    if (refusals.attempt(() -> authoring.retire(course.id()))) {
      messages.info("course.retired");
      refresh();
    }
  }

  public void addModule() {
    if (refusals.attempt(
        () -> authoring.addModule(course.id(), moduleTitle == null ? "" : moduleTitle))) {
      moduleTitle = null;
      refresh();
      if (itemModuleId == null && !course.modules().isEmpty()) {
        itemModuleId = course.modules().get(0).id();
      }
    }
  }

  public void moveModule(long moduleId, int position) {
    if (refusals.attempt(() -> authoring.moveModule(course.id(), moduleId, position))) {
      refresh();
    }
  }

  public void removeModule(long moduleId) {
    if (refusals.attempt(() -> authoring.removeModule(course.id(), moduleId))) {
      refresh();
    }
  }

  public void upload(FileUploadEvent event) {
    var file = event.getFile();
    if (refusals.attempt(
        () -> {
          var stored = authoring.upload(course.id(), file.getFileName(), file.getContent());
          itemAttachmentId = stored.id();
          itemFileName = stored.fileName();
        })) {
      messages.info("course.fileUploaded");
    }
  }

  /** Fills the item form with an item to change it. */
  public void editItem(long id) {
    ItemContent item = reading.item(course.id(), id);
    itemId = id;
    itemKind = item.kind();
    itemTitle = item.title();
    itemBody = item.body();
    itemUrl = item.url();
    itemFileName = item.fileName();
    itemRequired = item.required();
    passMark = item.passMark();
    attemptLimit = item.attemptLimit();
  }

  public void saveItem() {
    Map<String, String> fields =
        Map.of(
            "title",
            "itemForm:itemTitle",
            "body",
            "itemForm:itemBody",
            "address",
            "itemForm:itemUrl");
    boolean ok =
        refusals.attempt(
            () -> {
              boolean quiz = itemKind == ItemKind.QUIZ;
              QuizDraft quizDraft =
                  new QuizDraft(
                      itemTitle,
                      itemBody,
                      passMark == null ? 0 : passMark,
                      attemptLimit,
                      itemRequired);
              LessonDraft lesson =
                  new LessonDraft(
                      itemKind, itemTitle, itemBody, itemUrl, itemAttachmentId, itemRequired);
              if (itemId == null) {
                if (itemModuleId == null) {
                  throw new org.learningcommons.community.RejectedInputException(
                      "module", "course.addModuleFirst", "Add a module first.");
                }
                if (quiz) {
                  authoring.addQuiz(course.id(), itemModuleId, quizDraft);
                } else {
                  authoring.addLesson(course.id(), itemModuleId, lesson);
                }
              } else if (quiz) {
                authoring.updateQuiz(course.id(), itemId, quizDraft);
              } else {
                authoring.updateLesson(course.id(), itemId, lesson);
              }
            },
            fields);
    if (ok) {
      clearItem();
      refresh();
    }
  }

  public void clearItem() {
    itemId = null;
    itemTitle = null;
    itemBody = null;
    itemUrl = null;
    itemAttachmentId = null;
    itemFileName = null;
    itemRequired = true;
    passMark = 70;
    attemptLimit = null;
  }

  public void moveItem(long itemId, long moduleId, int position) {
    if (refusals.attempt(() -> authoring.moveItem(course.id(), itemId, moduleId, position))) {
      refresh();
    }
  }

  public void removeItem(long itemId) {
    if (refusals.attempt(() -> authoring.removeItem(course.id(), itemId))) {
      if (Long.valueOf(itemId).equals(quizId)) {
        quizId = null;
        questions = List.of();
      }
      refresh();
    }
  }

  public void editQuestions(long itemId) {
    quizId = itemId;
    questions = authoring.questionsToEdit(course.id(), itemId);
  }

  /** Options one per line; a line starting with * is a right answer. */
  public void addQuestion() {
    List<OptionDraft> options = new ArrayList<>();
    for (String line : (questionOptions == null ? "" : questionOptions).split("\\R")) {
      String text = line.strip();
      if (!text.isEmpty()) {
        boolean right = text.startsWith("*");
        options.add(new OptionDraft(right ? text.substring(1).strip() : text, right));
      }
    }
    if (refusals.attempt(
        () ->
            authoring.addQuestion(
                course.id(), quizId, new QuestionDraft(questionKind, questionText, options)),
        Map.of(
            "question", "questionForm:questionText", "option", "questionForm:questionOptions"))) {
      questionText = null;
      questionOptions = null;
      refresh();
    }
  }

  public void removeQuestion(long questionId) {
    if (refusals.attempt(() -> authoring.removeQuestion(course.id(), questionId))) {
      refresh();
    }
  }

  private static List<String> split(String text) {
    return text == null
        ? List.of()
        : Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  public List<CourseFormat> getFormats() {
    return List.of(CourseFormat.values());
  }

  public List<ItemKind> getKinds() {
    return List.of(ItemKind.values());
  }

  public List<QuestionKind> getQuestionKinds() {
    return List.of(QuestionKind.values());
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public CourseView getCourse() {
    return course;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public String getTags() {
    return tags;
  }

  public void setTags(String tags) {
    this.tags = tags;
  }

  public String getDepartments() {
    return departments;
  }

  public void setDepartments(String departments) {
    this.departments = departments;
  }

  public Integer getDurationMinutes() {
    return durationMinutes;
  }

  public void setDurationMinutes(Integer durationMinutes) {
    this.durationMinutes = durationMinutes;
  }

  public CourseFormat getFormat() {
    return format;
  }

  public void setFormat(CourseFormat format) {
    this.format = format;
  }

  public boolean isSelfEnrol() {
    return selfEnrol;
  }

  public void setSelfEnrol(boolean selfEnrol) {
    this.selfEnrol = selfEnrol;
  }

  public Integer getValidityMonths() {
    return validityMonths;
  }

  public void setValidityMonths(Integer validityMonths) {
    this.validityMonths = validityMonths;
  }

  public Integer getRenewalWindowDays() {
    return renewalWindowDays;
  }

  public void setRenewalWindowDays(Integer renewalWindowDays) {
    this.renewalWindowDays = renewalWindowDays;
  }

  public String getModuleTitle() {
    return moduleTitle;
  }

  public void setModuleTitle(String moduleTitle) {
    this.moduleTitle = moduleTitle;
  }

  public Long getItemId() {
    return itemId;
  }

  public Long getItemModuleId() {
    return itemModuleId;
  }

  public void setItemModuleId(Long itemModuleId) {
    this.itemModuleId = itemModuleId;
  }

  public ItemKind getItemKind() {
    return itemKind;
  }

  public void setItemKind(ItemKind itemKind) {
    this.itemKind = itemKind;
  }

  public String getItemTitle() {
    return itemTitle;
  }

  public void setItemTitle(String itemTitle) {
    this.itemTitle = itemTitle;
  }

  public String getItemBody() {
    return itemBody;
  }

  public void setItemBody(String itemBody) {
    this.itemBody = itemBody;
  }

  public String getItemUrl() {
    return itemUrl;
  }

  public void setItemUrl(String itemUrl) {
    this.itemUrl = itemUrl;
  }

  public String getItemFileName() {
    return itemFileName;
  }

  public boolean isItemRequired() {
    return itemRequired;
  }

  public void setItemRequired(boolean itemRequired) {
    this.itemRequired = itemRequired;
  }

  public Integer getPassMark() {
    return passMark;
  }

  public void setPassMark(Integer passMark) {
    this.passMark = passMark;
  }

  public Integer getAttemptLimit() {
    return attemptLimit;
  }

  public void setAttemptLimit(Integer attemptLimit) {
    this.attemptLimit = attemptLimit;
  }

  public Long getQuizId() {
    return quizId;
  }

  public List<QuestionEditView> getQuestions() {
    return questions;
  }

  public QuestionKind getQuestionKind() {
    return questionKind;
  }

  public void setQuestionKind(QuestionKind questionKind) {
    this.questionKind = questionKind;
  }

  public String getQuestionText() {
    return questionText;
  }

  public void setQuestionText(String questionText) {
    this.questionText = questionText;
  }

  public String getQuestionOptions() {
    return questionOptions;
  }

  public void setQuestionOptions(String questionOptions) {
    this.questionOptions = questionOptions;
  }
}
