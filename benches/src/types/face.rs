//! `AnalyzeFace` (iai): 11 KB of small integers in nested arrays, and the action of the
//! real error body.

use crate::approach::case;
use serde::{Deserialize, Serialize};
use tencent_action::tencent_action;

case! {
    /// The landmarks of the faces in an image.
    #[tencent_action(service = "iai", version = "2020-03-03")]
    #[derive(Debug, Clone, PartialEq)]
    pub struct AnalyzeFace {
        /// The image's width, in pixels.
        pub image_width: u64,
        /// The image's height, in pixels.
        pub image_height: u64,
        /// One shape per face.
        pub face_shape_set: Vec<FaceShape>,
        /// The algorithm's version.
        pub face_model_version: String,
    }
    hand HandAnalyzeFace;
    plain PlainAnalyzeFace;
}

/// The landmarks of one face.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct FaceShape {
    /// The outline.
    pub face_profile: Vec<Point>,
    /// The left eye.
    pub left_eye: Vec<Point>,
    /// The right eye.
    pub right_eye: Vec<Point>,
    /// The left eyebrow.
    pub left_eye_brow: Vec<Point>,
    /// The right eyebrow.
    pub right_eye_brow: Vec<Point>,
    /// The mouth.
    pub mouth: Vec<Point>,
    /// The nose.
    pub nose: Vec<Point>,
    /// The left pupil.
    pub left_pupil: Vec<Point>,
    /// The right pupil.
    pub right_pupil: Vec<Point>,
}

/// A pixel.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Point {
    /// From the left.
    pub x: i64,
    /// From the top.
    pub y: i64,
}

case! {
    /// [`AnalyzeFace`], borrowed from the body: only the version string can borrow.
    #[tencent_action(service = "iai", version = "2020-03-03", action = "AnalyzeFace")]
    #[derive(Debug, Clone, PartialEq)]
    pub struct AnalyzeFaceRef<'a> {
        /// The image's width, in pixels.
        pub image_width: u64,
        /// The image's height, in pixels.
        pub image_height: u64,
        /// One shape per face.
        pub face_shape_set: Vec<FaceShape>,
        /// The algorithm's version.
        #[serde(borrow)]
        pub face_model_version: &'a str,
    }
    hand HandAnalyzeFaceRef;
    plain PlainAnalyzeFaceRef;
}
