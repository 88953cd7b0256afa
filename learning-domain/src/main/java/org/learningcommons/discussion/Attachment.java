package org.learningcommons.discussion;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A file uploaded to a community: an image shown in a post or a document attached to it. Stored in
 * the database so that every node of a cluster serves it. It belongs to the community it was
 * uploaded to and is only served to people who may read that community.
 */
@Entity
@Table(name = "attachment")
public class Attachment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "uploaded_by", nullable = false, updatable = false)
  private String uploadedBy;

  @Column(name = "uploaded_at", nullable = false, updatable = false)
  private Instant uploadedAt;

  @Column(name = "community_id", updatable = false)
  private Long communityId;

  @Column(name = "post_id")
  private Long postId;

  @Column(name = "file_name", nullable = false, updatable = false)
  private String fileName;

  @Column(name = "content_type", nullable = false, length = 128, updatable = false)
  private String contentType;

  @Column(name = "size_bytes", nullable = false, updatable = false)
  private long sizeBytes;

  @Column(nullable = false, length = 64, updatable = false)
  private String sha256;

  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false, updatable = false)
  private byte[] content;

  protected Attachment() {}

  public Attachment(
      Long communityId,
      String uploadedBy,
      Instant uploadedAt,
      String fileName,
      String contentType,
      byte[] content,
      String sha256) {
    this.communityId = communityId;
    this.uploadedBy = Objects.requireNonNull(uploadedBy);
    this.uploadedAt = Objects.requireNonNull(uploadedAt);
    this.fileName = Objects.requireNonNull(fileName);
    this.contentType = Objects.requireNonNull(contentType);
    this.content = Objects.requireNonNull(content);
    this.sizeBytes = content.length;
    this.sha256 = Objects.requireNonNull(sha256);
  }

  public boolean isImage() {
    return contentType.startsWith("image/");
  }

  public Long getId() {
    return id;
  }

  public String getUploadedBy() {
    return uploadedBy;
  }

  public Instant getUploadedAt() {
    return uploadedAt;
  }

  public Long getCommunityId() {
    return communityId;
  }

  public Long getPostId() {
    return postId;
  }

  public String getFileName() {
    return fileName;
  }

  public String getContentType() {
    return contentType;
  }

  public long getSizeBytes() {
    return sizeBytes;
  }

  public String getSha256() {
    return sha256;
  }

  public byte[] getContent() {
    return content;
  }
}
