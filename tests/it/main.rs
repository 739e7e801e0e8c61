
mod extraction;
